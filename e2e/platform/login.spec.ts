// The two login windows (issue 5 §2): the wrong-window hint, identical answers for an unknown name
// and a wrong password, Torch passwords of migrated accounts upgraded to argon2id, logout.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { logIn, storedAccount, useOwnClientAddress } from "./support";

test.describe("login", () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
  });

  test("right name and password at the wrong window says which window to use", async ({ page }) => {
    // E-R2's legal account (its own platform password), tried at 自然人登录.
    await page.goto("/login/natural");
    await page.getByLabel("登录名", { exact: true }).fill("91110108MA01ER2009");
    await page.getByLabel("密码", { exact: true }).fill("Zhengwu@2024");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert", { name: "请修改以下问题后再提交" })).toContainText("这是法人账号，请到“法人登录”登录");
    await page.getByRole("link", { name: "前往法人登录" }).click();
    await expect(page).toHaveURL(/\/login\/legal$/);
  });

  test("an unknown name and a wrong password get the same answer", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "the server's answer: desktop and no-JS prove it");
    const answers: string[] = [];
    for (const loginName of ["nobody-at-all-e2e", "hongxingkeji"]) {
      await page.goto("/login/legal");
      await page.getByLabel("登录名", { exact: true }).fill(loginName);
      await page.getByLabel("密码", { exact: true }).fill("Wrong-Pass-2026");
      await page.getByRole("button", { name: "登录" }).click();
      const alert = page.getByRole("alert", { name: "请修改以下问题后再提交" });
      await expect(alert).toContainText("登录名或密码不正确。");
      answers.push((await alert.locator("p").first().innerText()).trim());
    }
    expect(answers[0]).toBe(answers[1]);
  });

  const torchUsers = [
    { outcome: "E-R1", window: "legal", loginName: "91110108MA01ER100K" },
    { outcome: "E-R3", window: "legal", loginName: "HJ_91110108MA01ET88XL" },
    { outcome: "P-R3", window: "natural", loginName: "HJ_18711111111" },
  ] as const;
  for (const user of torchUsers) {
    test(`${user.outcome}: the Torch password logs in and is upgraded to argon2id`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== "desktop", "the upgrade is the server's; the login form runs in every project above");
      await logIn(page, testInfo, user.window, user.loginName, "Torch@2024");
      await expect(page).toHaveURL(/\/account/);
      await expect(page.getByText(user.loginName, { exact: true }).first()).toBeVisible();
      await expect(page.getByText("您仍在使用火炬中心业务办理平台的原密码")).toBeVisible();
      expect(storedAccount(user.loginName)?.passwordHash.startsWith("$argon2id$")).toBe(true);
    });
  }

  test("logout ends the session: 我的信息 asks for a login again", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "the server's session rule: desktop and no-JS prove it");
    await logIn(page, testInfo, "natural", "13600000001", "Torch@2024");
    await expect(page).toHaveURL(/\/account/);
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL("**/login?notice=loggedOut");
    await page.goto("/account");
    // Logging out clears the cookie: the browser is asked to log in, not told a session expired.
    await expect(page).toHaveURL(/\/login\?notice=loginToContinue/);
  });

  test("the login pages fit 360 px, work by keyboard and pass axe", async ({ page }, testInfo) => {
    await page.setViewportSize(NARROWEST_PHONE);
    for (const path of ["/login", "/login/natural", "/login/legal"]) {
      await page.goto(path);
      if (testInfo.project.use.javaScriptEnabled !== false) await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, { exclude: ["altcha-widget"] });
    }
    await page.goto("/login/natural");
    await page.getByLabel("登录名", { exact: true }).focus();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("密码", { exact: true })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "登录" })).toBeFocused();
  });
});
