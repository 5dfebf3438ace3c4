// 我的信息 and 账号安全 (issue 5 §4, §6): contact details, a password change behind the current
// password, and "sign out everywhere" ending the sessions of other browsers.
import { expect, test } from "@playwright/test";
import { insertAccount, logIn, uniqueName, useOwnClientAddress } from "./support";

const PASSWORD = "Hai-Bin-2026";
const summary = "请修改以下问题后再提交";

test.describe("account security", () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
  });

  test("contact details are edited on 我的信息, with errors linked to the field", async ({ page }, testInfo) => {
    const name = uniqueName("ct");
    await insertAccount(name, PASSWORD);
    await logIn(page, testInfo, "natural", name, PASSWORD);
    await page.getByLabel("联系人姓名").fill("李四");
    await page.getByLabel("电子邮箱").fill("not-an-email");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("alert", { name: summary })).toContainText("请输入正确的电子邮箱");
    await expect(page.getByLabel("电子邮箱")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("电子邮箱").fill("lisi@example.com");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("联系信息已保存。")).toBeVisible();
    await expect(page.getByText("lisi@example.com", { exact: true })).toBeVisible();
  });

  test("the password changes only with the current password, and the new one works", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "the server's rule: desktop and no-JS prove it");
    const name = uniqueName("pw");
    await insertAccount(name, PASSWORD);
    await logIn(page, testInfo, "natural", name, PASSWORD);
    await page.goto("/account/security");
    await page.getByLabel("当前密码").first().fill("Not-The-Password-1");
    await page.getByLabel("新密码", { exact: true }).fill("Xin-Mi-Ma-2027");
    await page.getByLabel("确认新密码").fill("Xin-Mi-Ma-2027");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByRole("alert", { name: summary })).toContainText("当前密码不正确。");
    await page.getByLabel("当前密码").first().fill(PASSWORD);
    await page.getByLabel("新密码", { exact: true }).fill("Xin-Mi-Ma-2027");
    await page.getByLabel("确认新密码").fill("Xin-Mi-Ma-2027");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByText("密码已修改。")).toBeVisible();
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL("**/login?notice=loggedOut");
    await logIn(page, testInfo, "natural", name, "Xin-Mi-Ma-2027");
    await expect(page).toHaveURL(/\/account/);
  });

  test("sign out everywhere ends the session in another browser too", async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "the server's rule: desktop and no-JS prove it");
    const name = uniqueName("so");
    await insertAccount(name, PASSWORD);
    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: testInfo.project.use.javaScriptEnabled });
    const otherPage = await other.newPage();
    await useOwnClientAddress(otherPage);
    await logIn(otherPage, testInfo, "natural", name, PASSWORD);
    await logIn(page, testInfo, "natural", name, PASSWORD);
    await page.goto("/account/security");
    await page.getByRole("button", { name: "退出所有设备" }).click();
    await page.waitForURL("**/login?notice=loggedOut");
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/login\?notice=sessionEnded/);
    await other.close();
  });
});
