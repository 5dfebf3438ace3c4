// The guide's forms when things go wrong, with and without JavaScript: errors next to the field
// and in the summary with the typed value kept, a wrong SMS code refused, the wait told when the
// client is over its limit, and an expired result; the captcha widget in the page's language. Also
// the public outcome pages.
import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { usccCheckCharacter } from "../../lib/identifiers/uscc";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { demoCase, OUTCOMES, outcomeTitle } from "./demo-outcomes";
import { actAsClient, altchaCaptcha, clientAddress, lastSmsCode, scripted, solveCaptcha, variantOf } from "./support";

// Next's route announcer is an alert too, so the summary is found by its heading.
const errorSummary = (page: Page) => page.locator('[aria-labelledby="error-summary-title"]');

test.beforeEach(async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await actAsClient(page, testInfo);
});

test("choosing nothing asks for a choice", async ({ page }) => {
  await page.goto("/guide");
  await page.getByRole("button", { name: "继续" }).click();
  const summary = errorSummary(page);
  await expect(summary).toContainText("请选择要检索企业账号还是个人账号");
  await expect(page.getByRole("group", { name: "您要检索企业账号还是个人账号？" })).toHaveAttribute("aria-describedby", /kind-error/);
  await expectNoAxeViolations(page);
});

test("an invalid USCC is shown next to the field with the value kept, then a corrected one is answered", async ({ page }, testInfo) => {
  await page.goto("/guide/enterprise");
  const field = page.getByLabel("统一社会信用代码", { exact: true });
  // A code of the wrong shape is refused before the captcha is even looked at.
  await field.fill("91110108MA01ET88X");
  await page.getByRole("button", { name: "检索" }).click();

  await expect(page.locator("#q-error")).toContainText("统一社会信用代码应为 18 位");
  await expect(field).toHaveValue("91110108MA01ET88X");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAttribute("aria-describedby", /q-error/);
  await expect(errorSummary(page).getByRole("link", { name: /应为 18 位/ })).toHaveAttribute("href", "#q");
  await expectNoAxeViolations(page);

  // A well-shaped code with a wrong check character, unknown to the data: told it looks mistyped.
  await field.fill("91110108MA01ET88XA");
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page.locator("#q-error")).toContainText("校验码不对");
  await expect(page.locator("#q-error")).toContainText("010-88659000");
  await expect(field).toHaveValue("91110108MA01ET88XA");

  // The captcha starts afresh after each answer, so the corrected code goes through.
  const demo = demoCase("E-R1", variantOf(testInfo));
  await field.fill(demo.q);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/\/guide\/result$/);
  await expect(page.getByTestId("outcome-code")).toContainText("E-R1");
  // The result travels in a `__Host-` cookie: Secure, Path=/, no Domain (issue 12 §5).
  const cookie = (await page.context().cookies()).find((c) => c.name === "__Host-guide_result");
  expect(cookie).toMatchObject({ path: "/", secure: true, httpOnly: true, sameSite: "Lax" });
});

test("a mobile typed on the enterprise page is refused there", async ({ page }) => {
  await page.goto("/guide/enterprise");
  await page.getByLabel("统一社会信用代码", { exact: true }).fill("13900000001");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page.locator("#q-error")).toContainText("应为 18 位");
});

test("a wrong SMS code is refused; the right one shows the outcome", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the same form as desktop; the phone's P-R1 outcome page enters a code too");
  const mobile = `1391000000${variantOf(testInfo) + 1}`;
  await page.goto("/guide/personal");
  await page.getByLabel("手机号", { exact: true }).fill(mobile);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "发送验证码" }).click();
  await expect(page).toHaveURL(/\/guide\/verify$/);

  const right = await lastSmsCode(mobile);
  const wrong = right === "000000" ? "111111" : "000000";
  const field = page.getByLabel("短信验证码");
  await field.fill(wrong);
  await page.getByRole("button", { name: "查看检索结果" }).click();
  await expect(page.locator("#code-error")).toContainText("短信验证码不正确");
  await expect(page).toHaveURL(/\/guide\/verify$/);
  await expect(page.getByTestId("outcome-code")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await field.fill(right);
  await page.getByRole("button", { name: "查看检索结果" }).click();
  await expect(page).toHaveURL(/\/guide\/result$/);
  await expect(page.getByTestId("outcome-code")).toContainText("P-U1");
});

test("a client over its lookup limit is told how long to wait", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the same server path as desktop");
  const headers = { "x-forwarded-for": clientAddress(testInfo) };
  // Only lookups that were answered count against the client (default 30 per 10 minutes); ten
  // each of three codes nobody else looks up stay within the per-code limit (10 per client per hour).
  const codes = [1, 2, 3].map(() => {
    const first17 = `91110108MA${String(randomInt(10_000_000)).padStart(7, "0")}`;
    return first17 + usccCheckCharacter(first17);
  });
  for (let i = 0; i < 30; i += 1) {
    const q = codes[i % 3];
    const answered = await request.post("/api/v1/lookup", { data: { q, captcha: await altchaCaptcha(request, headers) }, headers });
    expect(answered.status()).toBe(200);
  }
  await page.goto("/guide/enterprise");
  // The limit is checked before the captcha: no need to solve one to be told to wait.
  await page.getByLabel("统一社会信用代码", { exact: true }).fill(demoCase("E-U1", 0).q);
  await page.getByRole("button", { name: "检索" }).click();
  await expect(errorSummary(page)).toContainText(/检索次数过多，请在 \d+ 分钟后再试/);
});

test("the result page without a lookup asks to look up again", async ({ page }) => {
  await page.goto("/guide/result");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("检索结果已过期");
  await expect(page.getByRole("link", { name: "重新检索" })).toHaveAttribute("href", "/guide");
  await page.goto("/guide/verify");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("验证已过期");
});

test("the login name can be copied with JavaScript and selected without it", async ({ page, context }, testInfo) => {
  const demo = demoCase("E-R3", variantOf(testInfo));
  await page.goto("/guide/enterprise");
  await page.getByLabel("统一社会信用代码", { exact: true }).fill(demo.q);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page.getByTestId("login-name")).toHaveText(demo.loginName ?? "");
  const copy = page.getByRole("button", { name: "复制登录名" });
  if (!scripted(testInfo)) {
    await expect(copy).toHaveCount(0);
    return;
  }
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await copy.click();
  await expect(page.getByRole("status")).toHaveText("已复制");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(demo.loginName);
});

test("the captcha widget speaks the page's language", async ({ page, context, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the same widget on a phone; no widget without JavaScript");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "" }]);
  await page.goto("/guide/enterprise");
  const widget = page.locator("altcha-widget");
  await expect(widget).toContainText("Verified", { timeout: 60_000 });
  await expect(widget).toContainText("Protected by ALTCHA");
  await expect(widget).not.toContainText(/\p{Script=Han}/u);
});

test("the lookup pages fit a 360 px screen", async ({ page }) => {
  await page.setViewportSize(NARROWEST_PHONE);
  for (const path of ["/guide", "/guide/enterprise", "/guide/personal", "/guide/outcomes/E-R3"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
});

test.describe("public outcome pages", () => {
  test("the index links every outcome", async ({ page }) => {
    await page.goto("/guide/outcomes");
    for (const outcome of OUTCOMES) {
      await expect(page.getByRole("link", { name: new RegExp(`^${outcome}`) })).toHaveAttribute("href", `/guide/outcomes/${outcome}`);
    }
    await expectNoAxeViolations(page);
  });

  test("a public outcome page explains without personal data", async ({ page }) => {
    await page.goto("/guide/outcomes/E-R3");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(outcomeTitle("E-R3"));
    await expect(page.getByTestId("login-name")).toHaveCount(0);
    await expect(page.getByText("“HJ_”加您的统一社会信用代码")).toBeVisible();
    await expect(page.getByTestId("login-window")).toHaveText("法人登录");
    await expect(page.getByRole("heading", { level: 2, name: "原因" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect((await page.goto("/guide/outcomes/X-1"))?.status()).toBe(404);
  });
});
