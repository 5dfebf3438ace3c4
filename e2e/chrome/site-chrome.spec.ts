// What every page shares (issue 14 §5, §8): the header knows who is logged in, success and "expired"
// are said only when true, 大字模式 persists and holds at 360 px, titles name the service and say
// 错误： when errors are shown, and a personal account's journey ends at a service it can use.
import { expect, test } from "@playwright/test";
import { insertAccount, logIn, markVerified, uniqueName, useOwnClientAddress } from "../platform/support";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";

const SERVICE = "火炬中心账号迁移助手";

test.describe("site chrome", () => {
  test.beforeEach(async ({ page }) => {
    await useOwnClientAddress(page);
  });

  test("大字模式 is a form post that persists, scales the site and holds at 360 px", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "desktop and no-JS cover the switch");
    test.setTimeout(60_000);
    await page.setViewportSize(NARROWEST_PHONE);
    await page.goto("/guide");
    await page.getByRole("button", { name: "大字模式" }).click();
    await expect(page).toHaveURL(/\/guide$/);
    await expect(page.locator("html")).toHaveClass("text-large");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("20px");
    for (const path of ["/faq", "/login/natural", "/services"]) {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveClass("text-large");
      await expectNoHorizontalScroll(page);
    }
    await page.getByRole("button", { name: "标准字号" }).click();
    await expect(page.locator("html")).not.toHaveClass("text-large");
  });

  test("an empty login form names the field in the summary, and the title starts with 错误：", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "desktop and no-JS cover the title");
    await page.goto("/login/natural");
    await expect(page).toHaveTitle(`自然人登录 – ${SERVICE}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: "请填写登录名。" })).toBeVisible();
    await expect(page).toHaveTitle(`错误：自然人登录 – ${SERVICE}`);
  });

  test("cold visits: no success without the action, 请先登录 without a session", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop");
    await page.goto("/recovery/reset/legal/done");
    await expect(page).toHaveURL(/\/recovery\/reset\/legal$/);
    await page.goto("/recovery/set-password/done");
    await expect(page).toHaveURL(/\/recovery$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?notice=loginToContinue&next=%2Faccount$/);
    await expect(page.getByText("请先登录再继续。")).toBeVisible();
    await expect(page.getByText("登录已过期")).toHaveCount(0);
  });

  test("a verified person: the header shows the account and 退出, 服务事项 opens on 自然人 and its service lets them in", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop");
    test.setTimeout(60_000);
    const loginName = uniqueName("grzx");
    await insertAccount(loginName, "Geren-Zhanghu-42");
    markVerified(loginName);
    await logIn(page, testInfo, "natural", loginName, "Geren-Zhanghu-42");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: `已登录账号 ${loginName}，打开我的信息` })).toBeVisible();
    await expect(header.getByRole("link", { name: "用户登录" })).toHaveCount(0);

    await page.goto("/services?next=%2Fguide%2Fjourney%2Fpersonal-services");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("自然人");
    await expect(page.getByRole("link", { name: "返回操作指引" })).toHaveAttribute("href", "/guide/journey/personal-services");
    await expect(page.getByTestId("service-status")).toHaveText("您的账号可以办理。");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "个人业务办理 办理入口" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("进入个人业务办理");
    await expect(page.getByTestId("entry-person")).toHaveText(loginName);

    await page.goto("/services");
    await page.getByRole("navigation", { name: "按用户" }).getByRole("link", { name: "法人单位" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("法人单位");
    await expect(page.getByTestId("service-status").first()).toHaveText("您的自然人账号没有该业务的企业授权，请使用企业的法人账号办理。");

    await header.getByRole("button", { name: "退出" }).click();
    await page.waitForURL("**/login?notice=loggedOut");
    await expect(page.getByRole("banner").getByRole("link", { name: "用户登录" })).toBeVisible();
  });

  test("small things: unique ids on /guide, a favicon, the service name in titles", async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop");
    await page.goto("/guide");
    await expect(page).toHaveTitle(`检索账号 – ${SERVICE}`);
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(duplicates).toEqual([]);
    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/");
  });
});
