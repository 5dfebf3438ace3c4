// The staff side of real-name verification (issue 6 §6) in a real browser: users whose automatic
// check failed upload their documents on the real pages; a reviewer made with `admin:create`
// logs in with password + TOTP (enrolling the authenticator), works the queue, opens a case,
// views its documents, approves one case and rejects another with a reason; the users see
// 已认证 / 认证失败 and the reason. Document URLs stay shut to everyone else.
import { expect, test, type Browser, type TestInfo } from "@playwright/test";
import { sampleJpeg, samplePdf } from "../../lib/uploads/testing/sample-files";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { insertAccount, logIn, uniqueName, useOwnClientAddress } from "../platform/support";
import { importRegistry, randomResidentId } from "../verification/support";
import { accountStatus, caseDocuments, caseRow, createStaffByCli, logInAsNewStaff, openVerificationCase, uniqueStaffName } from "./support";

const USER_PASSWORD = "Verify-Me-2026!";
const octet = () => Math.floor(Math.random() * 250) + 1;

/**
 * A user in their own browser: the registry knows them under another name, so the automatic check
 * fails; they upload ID photos on 上传自然人信息 and the account is 认证中 with an open case.
 */
async function userAwaitingReview(browser: Browser, testInfo: TestInfo, registryName: string, typedName: string) {
  const loginName = uniqueName("rv");
  const idNumber = randomResidentId();
  importRegistry([{ kind: "person", id: idNumber, name: registryName }]);
  await insertAccount(loginName, USER_PASSWORD);
  // Each user from an address of their own, so no earlier failure makes them meet a captcha.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` } });
  const page = await context.newPage();
  await logIn(page, testInfo, "natural", loginName, USER_PASSWORD);
  await page.goto("/account/verify");
  await page.getByLabel("姓名").fill(typedName);
  await page.getByLabel("居民身份证").check();
  await page.getByLabel("证件号码").fill(idNumber);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("real-name-status")).toContainText("认证失败");
  await page.getByRole("link", { name: "上传自然人信息" }).click();
  await page.getByLabel("身份证人像面").setInputFiles({ name: "front.jpg", mimeType: "image/jpeg", buffer: await sampleJpeg({ gps: true }) });
  await page.getByLabel("身份证国徽面").setInputFiles({ name: "back.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("real-name-status")).toContainText("认证中");
  const reference = /SQ\d{8}-[2-9A-Z]{6}/.exec(await page.locator("main").innerText())?.[0];
  if (!reference) throw new Error("no case reference shown after the upload");
  return { page, loginName, idNumber, reference, close: () => context.close() };
}

test.describe("staff review", () => {
  test("a reviewer enrols TOTP, opens cases, views documents, approves and rejects; users see the result", async ({ page, request, browser }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the thorough flow runs once; no-JS has its own pass below");
    test.setTimeout(180_000);
    await useOwnClientAddress(page);
    const approved = await userAwaitingReview(browser, testInfo, "王小明", "王晓明");
    const rejected = await userAwaitingReview(browser, testInfo, "李小红", "李晓红");
    const documents = caseDocuments(approved.reference);
    const image = documents.find((d) => d.slot === "id-front");
    expect(image?.mediaType).toBe("image/jpeg");
    expect(documents.find((d) => d.slot === "id-back")?.mediaType).toBe("application/pdf");
    const imageUrl = `/staff/cases/${approved.reference}/documents/${image?.id}`;
    const reviewerName = uniqueStaffName("reviewer");
    const created = createStaffByCli(reviewerName, "reviewer");
    expect(created).toMatchObject({ created: true, role: "reviewer" });

    // No session: the queue sends to the login, a document URL is refused.
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/login/);
    expect((await request.get(imageUrl)).status()).toBe(403);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    await logInAsNewStaff(page, reviewerName, (current) => expectNoAxeViolations(current));
    await expectNoAxeViolations(page);
    const rows = page.getByTestId("queue-row");
    await expect(rows.filter({ hasText: approved.reference })).toContainText("王**");
    await expect(rows.filter({ hasText: rejected.reference })).toContainText("李**");
    await expect(page.locator("main")).not.toContainText("王晓明");
    // Oldest first: the first case submitted is listed before the second.
    const order = await rows.allInnerTexts();
    expect(order.findIndex((r) => r.includes(approved.reference))).toBeLessThan(order.findIndex((r) => r.includes(rejected.reference)));

    // Before opening the case, even its reviewer cannot fetch a document.
    expect((await page.request.get(imageUrl)).status()).toBe(403);

    await page.getByRole("link", { name: `打开案件 ${approved.reference}` }).click();
    await expect(page.getByRole("heading", { name: `案件 ${approved.reference}` })).toBeVisible();
    const details = page.getByTestId("case-details");
    await expect(details).toContainText(`${approved.idNumber.slice(0, 3)}***********${approved.idNumber.slice(-4)}`);
    await expect(details).toContainText("王晓明");
    await expect(page.locator("body")).not.toContainText(approved.idNumber);
    await expect(page.getByTestId("case-history")).toContainText(reviewerName);
    await expectNoAxeViolations(page);
    await page.setViewportSize(NARROWEST_PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    const shown = await page.request.get(imageUrl);
    expect(shown.status()).toBe(200);
    expect(shown.headers()).toMatchObject({ "content-type": "image/jpeg", "x-content-type-options": "nosniff", "cache-control": "private, no-store" });
    expect(shown.headers()["content-disposition"]).toMatch(/^inline; filename=".+-id-front\.jpg"$/);
    expect(shown.headers()["content-security-policy"]).toContain("default-src 'none'");
    const bytes = Buffer.from(await shown.body());
    expect(bytes.subarray(0, 2).toString("hex")).toBe("ffd8");
    // The upload was cleaned: the camera's EXIF (make, GPS) is gone from what the reviewer gets.
    expect(bytes.includes(Buffer.from("TestCam"))).toBe(false);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /身份证国徽面/ }).click()]);
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

    await approved.page.goto("/account");
    await expect(approved.page.getByTestId("real-name-status")).toContainText("已认证");
    await approved.close();
    await rejected.page.goto("/account");
    await expect(rejected.page.getByTestId("real-name-status")).toContainText("认证失败");
    await rejected.page.goto("/account/verify");
    await expect(rejected.page.locator("main")).toContainText(reason);
    await rejected.close();

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/staff\/login\?notice=loggedOut/);
    expect((await page.request.get(imageUrl)).status()).toBe(403);
  });

  test("an editor and a reviewer who did not open the case are refused the documents", async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "access rules do not depend on the browser");
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
    const loginName = uniqueName("rv");
    await insertAccount(loginName, USER_PASSWORD);
    const pending = await openVerificationCase(loginName, { name: "赵小刚", idNumber: randomResidentId() });
    const url = `/staff/cases/${pending.reference}/documents/${pending.documentIds[0]}`;
    const editorName = uniqueStaffName("editor");
    createStaffByCli(editorName, "editor");
    await logInAsNewStaff(page, editorName);
    await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
    expect((await page.request.get(url)).status()).toBe(403);
    // A page the role may not open says so (403), it does not pretend not to exist.
    expect((await page.goto(`/staff/cases/${pending.reference}`))?.status()).toBe(403);

    const otherName = uniqueStaffName("reviewer");
    createStaffByCli(otherName, "reviewer");
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` } });
    const other = await context.newPage();
    await logInAsNewStaff(other, otherName);
    expect((await other.request.get(url)).status()).toBe(403);
    await context.close();
  });

  test("without JavaScript: password + TOTP login and a decision", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "no-js", "the no-JavaScript pass");
    test.setTimeout(90_000);
    await useOwnClientAddress(page);
    const loginName = uniqueName("rv");
    await insertAccount(loginName, USER_PASSWORD);
    const pending = await openVerificationCase(loginName, { name: "孙小美", idNumber: randomResidentId() });
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
    expect(accountStatus(loginName).realNameStatus).toBe("failed");
  });
});
