// Registration of both kinds (issue 5 §1) on the desktop (the journey walks register in the others): mobile and
// captcha, the SMS code from the outbox, the details; then a login at the account's own window.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { lastSmsCode, logIn, randomMobile, randomUscc, solveCaptcha, storedAccount, uniqueName, useOwnClientAddress } from "./support";

const PASSWORD = "Qing-Shan-2026";
// CI time: on the phone and without JavaScript the journey walks (e2e/wizard/journeys.spec.ts)
// register a legal account (E-U1) and a natural one (P-U1) through these same forms.
const REGISTERED_BY_WALKS = "the journey walks register both kinds in this project";

test.describe("registration", () => {
  test.beforeEach(async ({ page }) => {
    // Each test solves a captcha (a proof of work in the browser) and a login may ask for one more.
    test.setTimeout(120_000);
    await useOwnClientAddress(page);
  });

  test("a person registers a natural account and logs in at 自然人登录", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", REGISTERED_BY_WALKS);
    const mobile = randomMobile();
    const loginName = uniqueName("zr");
    await page.goto("/register");
    await page.getByRole("link", { name: "自然人注册" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("自然人注册");
    await page.getByLabel("手机号").fill(mobile);
    await solveCaptcha(page, testInfo);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect(page.getByText(/短信验证码已发送至 139\*{4}\d{4}/)).toBeVisible();

    await page.getByLabel("短信验证码").fill(lastSmsCode(mobile));
    await page.getByLabel("登录名").fill(loginName);
    await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
    await page.getByLabel("确认密码").fill(PASSWORD);
    await page.getByRole("button", { name: "注册账号" }).click();
    await page.waitForURL("**/login/natural?notice=registered");
    await expect(page.getByText("注册成功，请登录。")).toBeVisible();
    expect(storedAccount(loginName)).toMatchObject({ type: "natural", realNameStatus: "unverified" });
    expect(storedAccount(loginName)?.passwordHash.startsWith("$argon2id$")).toBe(true);

    await logIn(page, testInfo, "natural", loginName.toUpperCase(), PASSWORD);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的信息");
    await expect(page.getByTestId("real-name-status")).toHaveText(/未认证/);
    await expect(page.getByText(loginName, { exact: true })).toBeVisible();
  });

  test("an organisation registers a legal account and logs in at 法人登录", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", REGISTERED_BY_WALKS);
    const mobile = randomMobile();
    const uscc = randomUscc();
    await page.goto("/register/legal");
    await page.getByLabel("手机号").fill(mobile);
    await solveCaptcha(page, testInfo);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await page.getByLabel("短信验证码").fill(lastSmsCode(mobile));
    await page.getByLabel("单位名称").fill("北京测试创新科技有限公司");
    await page.getByLabel("统一社会信用代码").fill(uscc.toLowerCase());
    // The organisation's own USCC may be its login name.
    await page.getByLabel("登录名").fill(uscc);
    await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
    await page.getByLabel("确认密码").fill(PASSWORD);
    await page.getByRole("button", { name: "注册账号" }).click();
    await page.waitForURL("**/login/legal?notice=registered");

    await logIn(page, testInfo, "legal", uscc, PASSWORD);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText("北京测试创新科技有限公司")).toBeVisible();
    expect(storedAccount(uscc)).toMatchObject({ type: "legal" });
  });

  test("explains every problem next to its field and in the summary", async ({ page }, testInfo) => {
    const mobile = randomMobile();
    await page.goto("/register/natural");
    await page.getByLabel("手机号").fill(mobile);
    await solveCaptcha(page, testInfo);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await page.getByLabel("短信验证码").fill("000000");
    await page.getByLabel("登录名").fill("hj_taken");
    await page.getByLabel("密码", { exact: true }).fill("password");
    await page.getByLabel("确认密码").fill("other");
    await page.getByRole("button", { name: "注册账号" }).click();
    const summary = page.getByRole("alert", { name: "请修改以下问题后再提交" });
    await expect(summary).toContainText("以 HJ_ 开头的登录名留给火炬中心迁移账号使用");
    await expect(summary).toContainText("密码须包含大写字母、小写字母、数字、符号中的至少三种");
    await expect(summary).toContainText("两次输入的密码不一致");
    await expect(page.getByLabel("登录名")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("登录名")).toHaveAttribute("aria-describedby", /loginName-error/);
  });

  test("the registration pages fit 360 px and pass axe", async ({ page }, testInfo) => {
    await page.setViewportSize(NARROWEST_PHONE);
    for (const path of ["/register", "/register/natural", "/register/legal"]) {
      await page.goto(path);
      // Reading the layout needs page scripts, which the no-JS project has not got; the CSS is the same.
      if (testInfo.project.use.javaScriptEnabled !== false) await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, { exclude: ["altcha-widget"] });
    }
  });
});
