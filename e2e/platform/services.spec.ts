// 服务事项 → 按用户 → 法人单位 (issue 5 §7): an E-R4 user (natural account, authorised by the
// migration for the enterprise's business systems) enters 高企认定 for the enterprise.
import { expect, test } from "@playwright/test";
import { logIn, markVerified, useOwnClientAddress } from "./support";

const ER4 = "91110108MA01ER400L";

test.describe("service entry", () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
  });

  test("the catalogue lists 高企认定 and 科小企评价 and entering asks for a login", async ({ page }) => {
    await page.goto("/services");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("法人单位");
    await expect(page.getByRole("heading", { name: "高企认定" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "科小企评价" })).toBeVisible();
    await page.getByRole("link", { name: "高企认定 办理入口" }).click();
    await expect(page).toHaveURL(/\/login\?notice=loginToContinue&next=%2Fservices%2Fgaoqi/);
  });

  test("an E-R4 user, once verified, enters 高企认定 for the enterprise", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "a server-side check: desktop and no-JS prove it");
    // Real-name verification is a later issue; the demo account is marked verified directly.
    markVerified(ER4);
    await logIn(page, testInfo, "natural", ER4, "Torch@2024");
    await page.goto("/services");
    await page.getByRole("link", { name: "高企认定 办理入口" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("进入高企认定");
    await expect(page.getByTestId("entry-organisation")).toHaveText("北京高新示范材料有限公司");
    await expect(page.getByText(`您将以 北京高新示范材料有限公司（统一社会信用代码 ${ER4}）的身份办理高企认定。`)).toBeVisible();
  });

  test("a logged-in account that is not verified is told to verify first", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "a server-side check: desktop and no-JS prove it");
    await logIn(page, testInfo, "natural", "HJ_18711111111", "Torch@2024");
    await page.goto("/services/kexiao");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("请先完成实名认证");
  });
});
