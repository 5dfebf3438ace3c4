// The Content-Security-Policy (issue 12.5) in a real browser: a lookup with the ALTCHA widget
// (its proof-of-work workers from blob: URLs, its injected style with the page's nonce), next-intl
// and Next's own scripts all work under the policy, and the browser reports no violation.
import { expect, test } from "@playwright/test";
import { demoCase } from "../lookup/demo-outcomes";
import { actAsClient, solveCaptcha } from "../lookup/support";

test("a lookup with ALTCHA works under the CSP without a single violation", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one browser is enough to check the policy");
  await actAsClient(page, testInfo);
  // Every violation the browser reports, from the first script on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`));
  });
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });

  const response = await page.goto("/guide/enterprise");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);

  const demo = demoCase("E-R3", 0);
  await page.getByLabel("统一社会信用代码", { exact: true }).fill(demo.q);
  await solveCaptcha(page, testInfo);
  // The widget is styled (its stylesheet comes with ours, not as a refused inline <style>).
  await expect(page.locator("altcha-widget .altcha-main")).toHaveCSS("display", "flex");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/\/guide\/result$/);
  await expect(page.getByTestId("outcome-code")).toContainText("E-R3");

  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
  expect(consoleViolations).toEqual([]);
});
