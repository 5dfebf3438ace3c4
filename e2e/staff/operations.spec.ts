// The staff console's operations in a real browser (issue 13 §3–4), desktop only and kept short:
// an admin finds a decided case and reads its whole history, filters the audit log, resolves a
// CONFLICT record by keyboard (the lookup then gives the assigned name), and disables a reviewer,
// whose session ends at once — the reviewer having first met the Chinese 403 page of a page their
// role may not open — and runs the migration from the import page. Every page visited is checked
// with axe.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { runE2eCli, withE2eDb } from "../support/e2e-db";
import { randomMobile, randomUscc } from "../platform/support";
import { insertConflict, insertDecidedCase, insertReviewer } from "./ops-support";
import { createStaffByCli, logInAsNewStaff, uniqueStaffName } from "./support";

test.describe("staff operations", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one browser walk is enough; the rest is integration-tested");
    // Two staff logins (argon2 and a TOTP enrolment) and the CLI: seconds each on a busy machine.
    test.setTimeout(180_000);
  });

  test("an admin finds a decided case, reads its history and filters the audit log", async ({ page }) => {
    const adminName = uniqueStaffName("admin");
    createStaffByCli(adminName, "admin");
    const reviewerName = uniqueStaffName("审核员");
    const mobile = randomMobile();
    const reference = insertDecidedCase(mobile, insertReviewer(reviewerName));
    await logInAsNewStaff(page, adminName);

    await page.getByRole("navigation", { name: "工作人员" }).getByRole("link", { name: "案件查询" }).click();
    await page.getByLabel("手机号").fill(mobile);
    await page.getByLabel("状态").selectOption("rejected");
    await page.getByRole("button", { name: "查询" }).click();
    const row = page.getByTestId("case-search-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
    await expect(row).toContainText("赵**");
    await expectNoAxeViolations(page);
    await row.getByRole("link", { name: reference }).click();

    const history = page.getByTestId("case-history").getByRole("listitem");
    await expect(history).toHaveText([/提交 · 申请人/, new RegExp(`打开案件 · ${reviewerName}`), new RegExp(`打开案件 · ${reviewerName}`), /查看材料 · .* · 身份证人像面/, /不通过 · .* · 身份证照片模糊/, new RegExp(`打开案件 · ${adminName}`)]);
    await expect(page.getByTestId("case-details")).toContainText("110***********1234");
    await expect(page.getByRole("button", { name: "不通过" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto("/staff/audit");
    await page.getByLabel("类型").fill("staff.");
    await page.getByLabel("操作人").fill(adminName);
    await page.getByLabel("操作人").press("Enter");
    const types = await page.getByTestId("audit-row").locator("td:nth-child(2)").allInnerTexts();
    expect(types).toEqual(["staff.totp", "staff.login"]);
    await expect(page.getByTestId("audit-export")).toHaveAttribute("href", /type=staff\./);
    await expectNoAxeViolations(page);
  });

  test("an admin resolves a CONFLICT record by keyboard; the lookup then gives the assigned name", async ({ page }) => {
    const adminName = uniqueStaffName("admin");
    createStaffByCli(adminName, "admin");
    const uscc = randomUscc();
    insertConflict(uscc);
    await logInAsNewStaff(page, adminName);
    await page.goto("/staff/conflicts");
    const record = page.getByTestId("conflict-record").filter({ hasText: uscc });
    await expect(record).toContainText(`HJ_${uscc}`);
    await expectNoAxeViolations(page);
    const name = record.getByLabel("登录名", { exact: true });
    await expect(name).toHaveValue(`HJ2_${uscc}`);
    await name.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.type("已电话核实企业经办人");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "已处理" })).toBeVisible();
    await expect(page.getByTestId("conflict-record").filter({ hasText: uscc }).getByTestId("conflict-resolution")).toContainText(`HJ2_${uscc}（法人登录）`);

    const stored = withE2eDb((db) => db.prepare("SELECT r.loginName, r.window, r.resolutionNote, p.type, p.uscc FROM MigrationRecord r JOIN PlatformAccount p ON p.id = r.platformAccountId JOIN TorchAccount t ON t.id = r.torchAccountId WHERE t.username = ?").get(uscc));
    expect(stored).toEqual({ loginName: `HJ2_${uscc}`, window: "legal", resolutionNote: "已电话核实企业经办人", type: "legal", uscc });
    expect(JSON.parse(runE2eCli(["lookup", uscc]))).toMatchObject({ outcome: "CONFLICT", loginName: `HJ2_${uscc}`, window: "legal" });
  });

  test("a reviewer meets the 403 page of an admin page; an admin disables them and their session ends", async ({ page, browser }) => {
    const adminName = uniqueStaffName("admin");
    const reviewerName = uniqueStaffName("reviewer");
    createStaffByCli(adminName, "admin");
    createStaffByCli(reviewerName, "reviewer");
    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await logInAsNewStaff(reviewer, reviewerName);
    const refused = await reviewer.goto("/staff/accounts");
    expect(refused?.status()).toBe(403);
    await expect(reviewer.getByRole("heading", { name: "您的角色不能使用此页面" })).toBeVisible();
    await expectNoAxeViolations(reviewer);

    await logInAsNewStaff(page, adminName);
    await page.goto("/staff/accounts");
    await expectNoAxeViolations(page);
    const card = page.getByTestId("staff-account").filter({ hasText: reviewerName });
    await card.getByRole("button", { name: "停用账号" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已停用账号" })).toBeVisible();
    await expect(page.getByTestId("staff-account").filter({ hasText: reviewerName }).getByTestId("staff-account-state")).toContainText("已停用");

    await reviewer.goto("/staff");
    await expect(reviewer).toHaveURL(/\/staff\/login/);
    await reviewerContext.close();
  });

  test("the admin's other pages pass axe, and the migration runs from the import page", async ({ page }) => {
    const adminName = uniqueStaffName("admin");
    createStaffByCli(adminName, "admin");
    await logInAsNewStaff(page, adminName);
    for (const [path, heading] of [["/staff", "工作台"], ["/staff/authorisations", "企业业务授权（E-R4）"], ["/staff/sms", "短信发件箱"], ["/staff/help", "按帮助码查看办理进度"]] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.goto("/staff/import");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "运行迁移" }).click();
    await expect(page).toHaveURL(/\/staff\/import\/\d+$/);
    await expect(page.getByTestId("import-job-status")).toHaveText("已完成", { timeout: 30_000 });
    await expect(page.getByTestId("import-job-outcomes")).toContainText("CONFLICT");
    await expectNoAxeViolations(page);
  });
});
