// Real-name verification end to end (issue 6): automatic checks for a natural and a legal account
// against registry rows loaded by `registry:import`; a mismatch fails with the part named, then
// the documents go up (with a spoofed file refused first) and the account is 认证中; the owner
// reads a document back and another account gets 404; a second account with a verified ID number
// is refused with the ways forward. The mismatch → upload path runs in all three projects.
import { expect, test, type Page } from "@playwright/test";
import { HTML_PAGE, sampleJpeg, samplePdf } from "../../lib/uploads/testing/sample-files";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { logIn, randomUscc, uniqueName, useOwnClientAddress } from "../platform/support";
import { databaseFilesContain, importRegistry, insertPlatformAccount, randomResidentId, rejectOpenCase, storedVerification } from "./support";

const PASSWORD = "Verify-Pass-2026";

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  await useOwnClientAddress(page);
});

async function fillNatural(page: Page, name: string, idNumber: string) {
  await page.getByLabel("姓名").fill(name);
  await page.getByLabel("居民身份证").check();
  await page.getByLabel("证件号码").fill(idNumber);
  await page.getByRole("button", { name: "保存" }).click();
}

test("a mismatch fails with the part named, then the uploaded documents make the account 认证中", async ({ page, browser }, testInfo) => {
  const loginName = uniqueName("vfail");
  const idNumber = randomResidentId();
  importRegistry([{ kind: "person", id: idNumber, name: "周树人" }]);
  await insertPlatformAccount({ type: "natural", loginName, password: PASSWORD });
  await logIn(page, testInfo, "natural", loginName, PASSWORD);

  await page.goto("/account");
  await page.getByRole("link", { name: "修改个人信息（实名认证）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("修改个人信息");
  await fillNatural(page, "周树仁", idNumber);
  await expect(page.getByTestId("verification-failure")).toHaveText(/姓名与身份证号码不一致/);
  await expect(page.getByTestId("real-name-status")).toContainText("认证失败");
  expect(storedVerification(loginName)).toMatchObject({ realNameStatus: "failed", realNameFailure: "name-mismatch", verifiedIdHash: null });
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "上传自然人信息" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("上传自然人信息");
  await expect(page.getByLabel("身份证人像面")).toHaveAttribute("accept", "image/jpeg,image/png,application/pdf");
  // A web page dressed as a photo: named .jpg, declared image/jpeg.
  await page.getByLabel("身份证人像面").setInputFiles({ name: "id-front.jpg", mimeType: "image/jpeg", buffer: HTML_PAGE });
  await page.getByLabel("身份证国徽面").setInputFiles({ name: "id-back.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.locator("#id-front-error")).toContainText("只能上传 JPG、PNG 或 PDF 文件");
  await expect(page.getByRole("link", { name: /身份证人像面：只能上传/ })).toBeVisible();
  expect(storedVerification(loginName)?.openCases).toBe(0);
  await expectNoAxeViolations(page);
  if (testInfo.project.name === "phone") {
    await page.setViewportSize(NARROWEST_PHONE);
    await expectNoHorizontalScroll(page);
  }

  await page.getByLabel("身份证人像面").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: await sampleJpeg({ gps: true }) });
  await page.getByLabel("身份证国徽面").setInputFiles({ name: "back.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page).toHaveURL(/\/account\/verify\?notice=submitted/);
  await expect(page.getByTestId("real-name-status")).toContainText("认证中");
  await expect(page.getByText(/您的认证材料已提交（申请编号 SQ\d{8}-[2-9A-Z]{6}）/)).toBeVisible();
  expect(storedVerification(loginName)).toMatchObject({ realNameStatus: "pending", openCases: 1, documents: 2 });

  const documentHref = await page.getByRole("link", { name: "身份证人像面" }).getAttribute("href");
  expect(documentHref).toMatch(/^\/account\/documents\/[\w-]+$/);
  const own = await page.request.get(documentHref ?? "");
  expect(own.status()).toBe(200);
  expect(own.headers()).toMatchObject({ "content-type": "image/jpeg", "x-content-type-options": "nosniff", "cache-control": "private, no-store" });
  expect((await own.body()).includes(Buffer.from("TestCam"))).toBe(false);

  if (testInfo.project.name !== "desktop") return;
  const strangerName = uniqueName("vstranger");
  await insertPlatformAccount({ type: "natural", loginName: strangerName, password: PASSWORD });
  const stranger = await browser.newPage();
  await useOwnClientAddress(stranger);
  await logIn(stranger, testInfo, "natural", strangerName, PASSWORD);
  expect((await stranger.request.get(documentHref ?? "")).status()).toBe(404);
  await stranger.close();

  // After a rejection 我的信息 shows the reason, and the documents can go up again.
  rejectOpenCase(loginName, "身份证照片模糊");
  await page.goto("/account");
  await expect(page.getByTestId("verification-case-notice")).toContainText("未通过审核。原因：身份证照片模糊");
  await page.getByRole("link", { name: "我的认证申请" }).click();
  await expect(page.getByRole("link", { name: "上传自然人信息" })).toBeVisible();
});

test("a natural account verifies automatically, and a second account with that ID is refused", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run covers it; the mismatch path runs everywhere");
  const idNumber = randomResidentId();
  importRegistry([{ kind: "person", id: idNumber, name: "许广平" }]);
  const first = uniqueName("vok");
  const second = uniqueName("vdup");
  await insertPlatformAccount({ type: "natural", loginName: first, password: PASSWORD });
  await insertPlatformAccount({ type: "natural", loginName: second, password: PASSWORD });

  await logIn(page, testInfo, "natural", first, PASSWORD);
  await page.goto("/account/verify");
  await fillNatural(page, "许广平", idNumber.toLowerCase());
  await expect(page.getByTestId("real-name-status")).toContainText("已认证");
  await expect(page.getByText("实名认证已通过")).toBeVisible();
  const stored = storedVerification(first);
  expect(stored).toMatchObject({ realNameStatus: "verified", realNameFailure: null });
  expect(stored?.verifiedIdHash).toBe(stored?.idNumberHash);
  expect(stored?.idNumberEnc).not.toContain(idNumber);
  expect(databaseFilesContain("许广平"), "the search works: names are stored").toBe(true);
  expect(databaseFilesContain(idNumber), "no plain ID number in the database file").toBe(false);

  const other = await browser.newPage();
  await useOwnClientAddress(other);
  await logIn(other, testInfo, "natural", second, PASSWORD);
  await other.goto("/account/verify");
  await fillNatural(other, "许广平", idNumber);
  const refusal = other.getByTestId("id-already-verified");
  await expect(refusal).toContainText("该身份证号码已在另一个账号上完成实名认证");
  await expect(refusal.getByRole("link", { name: "登录已完成实名认证的那个账号" })).toHaveAttribute("href", "/login/natural");
  await expect(refusal.getByRole("link", { name: /自然人申诉找回密码/ })).toHaveAttribute("href", "/recovery/appeal/natural");
  await expect(other.getByLabel("证件号码")).toHaveValue(idNumber);
  expect(storedVerification(second)).toMatchObject({ realNameStatus: "unverified", verifiedIdHash: null, idNumberEnc: null });
  await other.close();
});

test("a legal account verifies automatically with 法人单位基本信息, 法人授权信息 and 法定代表人信息", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "desktop and no-JS cover the legal form");
  const loginName = uniqueName("vlegal");
  const uscc = randomUscc();
  const legalRepId = randomResidentId();
  importRegistry([{ kind: "organisation", id: uscc, name: "北京示范新材料有限公司", legalRepName: "钱学森", legalRepId }]);
  await insertPlatformAccount({ type: "legal", loginName, password: PASSWORD, uscc, orgName: "北京示范新材料" });
  await logIn(page, testInfo, "legal", loginName, PASSWORD);

  await page.goto("/account");
  await page.getByRole("link", { name: "修改法人信息（实名认证）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("修改法人信息");
  await expect(page.getByTestId("uscc")).toHaveText(uscc);
  await expect(page.getByRole("group", { name: "法人单位基本信息" })).toBeVisible();
  await page.getByLabel("单位名称").fill("北京示范新材料有限公司");
  await page.getByLabel("经办人姓名").fill("邓稼先");
  await page.getByLabel("经办人手机号码").fill("139 0000 8888");
  await page.getByLabel("法定代表人姓名").fill("钱学森");
  await page.getByLabel("法定代表人身份证号码").fill(legalRepId);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("real-name-status")).toContainText("已认证");
  expect(storedVerification(loginName)).toMatchObject({ realNameStatus: "verified", realNameFailure: null });
  await expectNoAxeViolations(page);
});
