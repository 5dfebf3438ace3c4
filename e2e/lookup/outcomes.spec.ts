// Outcomes reached in the browser from the demo data, in each project (desktop, phone, no-js):
// choose the kind, type the identifier, pass the captcha, enter the SMS code for a mobile, and
// read the outcome page — title, login name, window, reason, the one start button — with no identifier in
// any URL and no WCAG 2.1 AA violation. A sample that covers both kinds, both windows, the masked
// and the absent login name: the page is the same component for every outcome, every journey walk
// starts on it too, and all 13 outcome pages are read without a browser in the server layer
// (tests/server/outcome-pages.test.ts), which CI's two cores can afford.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoCase, outcomeTitle, WINDOW_LABEL, type DemoCase, type Outcome } from "./demo-outcomes";
import { actAsClient, lastSmsCode, solveCaptcha, variantOf } from "./support";

async function lookUpInBrowser(page: Page, demo: DemoCase, testInfo: Parameters<typeof solveCaptcha>[1]) {
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });
  await page.goto("/guide");
  await page.getByRole("radio", { name: demo.kind === "enterprise" ? /企业账号/ : /个人账号/ }).check();
  await page.getByRole("button", { name: "继续" }).click();
  await expect(page).toHaveURL(new RegExp(`/guide/${demo.kind}$`));

  await page.getByLabel(demo.kind === "enterprise" ? "统一社会信用代码" : "手机号", { exact: true }).fill(demo.q);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: demo.kind === "enterprise" ? "检索" : "发送验证码" }).click();

  if (demo.kind === "personal") {
    await expect(page).toHaveURL(/\/guide\/verify$/);
    await expect(page.getByText(`验证码已发送至 ${demo.q.slice(0, 3)}****${demo.q.slice(7)}`)).toBeVisible();
    await page.getByLabel("短信验证码").fill(await lastSmsCode(demo.q));
    await page.getByRole("button", { name: "查看检索结果" }).click();
  }
  await expect(page).toHaveURL(/\/guide\/result$/);
  return visited;
}

const SAMPLED_OUTCOMES: readonly Outcome[] = ["E-U2", "P-R1", "CONFLICT"];

test.describe("lookup outcomes in the browser", () => {
  for (const outcome of SAMPLED_OUTCOMES) {
    test(`${outcome}: the outcome page from the demo data`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== "desktop" && outcome !== "P-R1", "on the phone and without JavaScript the journey walks read every other outcome's page");
      // Many steps, a proof of work and an axe run: more than the default 30 s on a busy machine.
      test.setTimeout(120_000);
      const demo = demoCase(outcome, variantOf(testInfo));
      await actAsClient(page, testInfo);
      const visited = await lookUpInBrowser(page, demo, testInfo);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(outcomeTitle(outcome));
      await expect(page.getByTestId("outcome-code")).toContainText(outcome);
      await expect(page.getByTestId("outcome-code")).toContainText(demo.registeredInTorch ? "注册过" : "未在");
      await expect(page.getByTestId("lookup-input")).toHaveText(demo.q);
      if (demo.loginName) await expect(page.getByTestId("login-name")).toHaveText(demo.loginName);
      else await expect(page.getByTestId("login-name")).toHaveCount(0);
      if (demo.window) await expect(page.getByTestId("login-window")).toHaveText(WINDOW_LABEL[demo.window]);
      else await expect(page.getByTestId("login-window")).toHaveCount(0);
      // The situation and its reason, folded under the one start button.
      await page.getByText("为什么是这种情况（您的情况和原因）").click();
      await expect(page.getByRole("heading", { level: 2, name: "原因" })).toBeVisible();
      // One thing per page (issue 14.3): the steps are the journey's; here, one button starts it.
      await expect(page.getByRole("region", { name: "接下来怎么做" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "开始分步办理" })).toHaveCount(1);

      // The identifier travelled in no address (interfaces.md).
      for (const url of visited) expect(url).not.toContain(demo.q);
      await expectNoAxeViolations(page);
    });
  }
});
