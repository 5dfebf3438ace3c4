// The staff side of real-name verification (issue 6 §6) in a real browser: a reviewer made with
// `admin:create` logs in with password + TOTP (enrolling the authenticator), works the queue,
// opens a case, views its documents, approves one case and rejects another with a reason; the
// users see 已认证 / 认证失败 on 我的信息. Document URLs stay shut to everyone else.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { insertAccount, logIn, uniqueName, useOwnClientAddress } from "../platform/support";
import { accountStatus, caseRow, createStaffByCli, logInAsNewStaff, openVerificationCase, randomResidentId, uniqueStaffName } from "./support";

const USER_PASSWORD = "Verify-Me-2026!";

async function pendingUser(name: string) {
  const loginName = uniqueName("rv");
  await insertAccount(loginName, USER_PASSWORD);
  const idNumber = randomResidentId();
  return { loginName, idNumber, ...(await openVerificationCase(loginName, { name, idNumber })) };
}

async function userSees(browser: Browser, loginName: string, testInfo: Parameters<typeof logIn>[1]) {
  // Each user from an address of their own, so no earlier failure makes them meet a captcha.
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` } });
  const page = await context.newPage();
  await logIn(page, testInfo, "natural", loginName, USER_PASSWORD);
  await page.goto("/account");
  return { page, close: () => context.close() };
}

test.describe("staff review", () => {
  test("a reviewer enrols TOTP, opens cases, views documents, approves and rejects; users see the result", async ({ page, browser, request }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the thorough flow runs once; no-JS has its own pass below");
    test.setTimeout(120_000);
    await useOwnClientAddress(page);
    const approved = await pendingUser("王小明");
    const rejected = await pendingUser("李小红");
    const reviewerName = uniqueStaffName("reviewer");
    const created = createStaffByCli(reviewerName, "reviewer");
    expect(created).toMatchObject({ created: true, role: "reviewer" });

    // No session: the queue sends to the login, a document URL is refused.
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/login/);
    const anonymous = await request.get(`/staff/cases/${approved.reference}/documents/${approved.documentIds[0]}`);
    expect(anonymous.status()).toBe(403);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    await logInAsNewStaff(page, reviewerName, (current) => expectNoAxeViolations(current));
    await expectNoAxeViolations(page);
    const rows = page.getByTestId("queue-row");
    await expect(rows.filter({ hasText: approved.reference })).toContainText("王**");
    await expect(rows.filter({ hasText: rejected.reference })).toContainText("李**");
    await expect(page.locator("main")).not.toContainText("王小明");
    // Oldest first: the first case made is listed before the second.
    const order = await rows.allInnerTexts();
    expect(order.findIndex((r) => r.includes(approved.reference))).toBeLessThan(order.findIndex((r) => r.includes(rejected.reference)));

    // Before opening the case, even its reviewer cannot fetch a document.
    const early = await page.request.get(`/staff/cases/${approved.reference}/documents/${approved.documentIds[0]}`);
    expect(early.status()).toBe(403);

    await page.getByRole("link", { name: `打开案件 ${approved.reference}` }).click();
    await expect(page.getByRole("heading", { name: `案件 ${approved.reference}` })).toBeVisible();
    const details = page.getByTestId("case-details");
    await expect(details).toContainText(`${approved.idNumber.slice(0, 3)}***********${approved.idNumber.slice(-4)}`);
    await expect(page.locator("body")).not.toContainText(approved.idNumber);
    await expect(page.getByTestId("case-history")).toContainText(reviewerName);
    await expectNoAxeViolations(page);
    await page.setViewportSize(NARROWEST_PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    const image = await page.request.get(`/staff/cases/${approved.reference}/documents/${approved.documentIds[0]}`);
    expect(image.status()).toBe(200);
    expect(Buffer.from(await image.body()).equals(approved.png)).toBe(true);
    expect(image.headers()).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(image.headers()["content-disposition"]).toMatch(/^inline; filename=".+-id-front\.png"$/);
    expect(image.headers()["content-security-policy"]).toContain("default-src 'none'");
    const pdfLink = page.getByRole("link", { name: /身份证国徽面/ });
    const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/-id-back\.pdf$/);

    await page.getByRole("button", { name: "通过审核" }).click();
    await expect(page.getByRole("status")).toContainText("已通过审核");
    await expect(page.getByTestId("case-summary")).toContainText("已通过");
    expect(caseRow(approved.reference)).toMatchObject({ status: "approved", reviewerId: created.id });
    expect(accountStatus(approved.loginName).realNameStatus).toBe("verified");

    // The second case: a rejection needs a reason, then keeps it.
    await page.goto(`/staff/cases/${rejected.reference}`);
    await page.getByRole("button", { name: "不通过" }).click();
    await expect(page.getByText("不通过时请填写原因。").first()).toBeVisible();
    const reason = "身份证照片模糊，请重新上传清晰照片";
    await page.getByLabel("不通过的原因").fill(reason);
    await page.getByRole("button", { name: "不通过" }).click();
    await expect(page.getByRole("status")).toContainText("已记录不通过");
    expect(caseRow(rejected.reference)).toMatchObject({ status: "rejected", decisionReason: reason });

    const first = await userSees(browser, approved.loginName, testInfo);
    await expect(first.page.getByTestId("real-name-status")).toContainText("已认证");
    await first.close();
    const second = await userSees(browser, rejected.loginName, testInfo);
    await expect(second.page.getByTestId("real-name-status")).toContainText("认证失败");
    await second.close();

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/staff\/login\?notice=loggedOut/);
    const afterLogout = await page.request.get(`/staff/cases/${approved.reference}/documents/${approved.documentIds[0]}`);
    expect(afterLogout.status()).toBe(403);
  });

  test("an editor and a reviewer who did not open the case are refused the documents", async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "access rules do not depend on the browser");
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
    const pending = await pendingUser("赵小刚");
    const url = `/staff/cases/${pending.reference}/documents/${pending.documentIds[0]}`;
    const editorName = uniqueStaffName("editor");
    createStaffByCli(editorName, "editor");
    await logInAsNewStaff(page, editorName);
    await expect(page.getByText("不处理审核案件")).toBeVisible();
    expect((await page.request.get(url)).status()).toBe(403);
    expect((await page.goto(`/staff/cases/${pending.reference}`))?.status()).toBe(404);

    const otherName = uniqueStaffName("reviewer");
    createStaffByCli(otherName, "reviewer");
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.77.77.77" } });
    const other = await context.newPage();
    await logInAsNewStaff(other, otherName);
    expect((await other.request.get(url)).status()).toBe(403);
    await context.close();
  });

  test("without JavaScript: password + TOTP login and a decision", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "no-js", "the no-JavaScript pass");
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
    const pending = await pendingUser("孙小美");
    const name = uniqueStaffName("nojs");
    createStaffByCli(name, "reviewer");
    await logInAsNewStaff(page, name);
    await page.goto(`/staff/cases/${pending.reference}`);
    await page.getByRole("button", { name: "不通过" }).click();
    await expect(page.locator("#reason-error")).toContainText("不通过时请填写原因。");
    await expect(page.getByLabel("不通过的原因")).toHaveAttribute("aria-describedby", /reason-error/);
    await expectNoAxeViolations(page);
    await page.getByLabel("不通过的原因").fill("证件号码与照片不一致");
    await page.getByRole("button", { name: "不通过" }).click();
    await expect(page.getByRole("status")).toContainText("已记录不通过");
    expect(caseRow(pending.reference)).toMatchObject({ status: "rejected", decisionReason: "证件号码与照片不一致" });
  });
});
