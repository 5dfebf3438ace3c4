// The home page in every project (desktop, phone, no-js): content, keyboard path, 360 px, axe.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";

test.describe("home page", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
  });

  test("shows the Chinese heading, language and the support phone in the footer", async ({ page }) => {
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("火炬中心账号迁移助手");
    await expect(page).toHaveTitle(/火炬中心账号迁移助手/);
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("技术支持电话");
    const phone = footer.getByRole("link", { name: "010-88659000" });
    await expect(phone).toHaveAttribute("href", "tel:010-88659000");
  });

  test("the skip link and the start link work by keyboard alone", async ({ page }) => {
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "跳到正文" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);

    // From the main landmark the next stop is the start link: nothing inside main comes before it.
    await page.keyboard.press("Tab");
    const start = page.getByRole("link", { name: "开始检索账号" });
    await expect(start).toBeFocused();
    await expect(start).toHaveAttribute("href", "/guide");
    await Promise.all([page.waitForURL("**/guide"), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe("/guide");
  });

  test("fits a 360 px wide screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize(NARROWEST_PHONE);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page, NARROWEST_PHONE.width);
  });

  test("has no WCAG 2.1 AA violations", async ({ page }) => {
    await expectNoAxeViolations(page);
  });
});
