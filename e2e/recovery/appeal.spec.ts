// 申诉找回密码 (issue 7 §3-§6) in the browser: a natural and a legal appeal reach a reviewer, are
// approved, and the applicant sets a new password through the SMS link and logs in; a rejected
// appeal shows its reason on the status page. A reviewer decides on the staff case pages.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { residentIdCheckDigit } from "../../lib/identifiers";
import { sampleJpeg, samplePdf, samplePng } from "../../lib/uploads/testing/sample-files";
import { expectNoAxeViolations } from "../support/axe";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { lastSmsCode, logIn, randomMobile, solveCaptcha, useOwnClientAddress } from "../platform/support";
import { decideAppealAsReviewer, giveVerifiedIdNumber, insertRecoveryAccount, reservedMobileOf, setPasswordPathFromSms } from "./support";

const NEW_PASSWORD = "Spring-River-2027";

test.beforeEach(async ({ page }) => {
  test.setTimeout(180_000);
  await useOwnClientAddress(page);
});

function randomResidentId(): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const random = (n: number) => Math.floor(Math.random() * n);
  const first17 = `110101${1970 + random(30)}${pad(1 + random(12), 2)}${pad(1 + random(28), 2)}${pad(random(1000), 3)}`;
  return first17 + residentIdCheckDigit(first17);
}

async function askForContactCode(page: Page, testInfo: TestInfo, mobile: string) {
  await page.getByLabel("联系手机号").fill(mobile);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await expect(page.getByRole("heading", { name: "填写申诉信息" })).toBeVisible();
  await page.getByLabel("短信验证码").fill(lastSmsCode(mobile));
}

async function naturalAppeal(page: Page, testInfo: TestInfo, mobile: string, idNumber: string): Promise<string> {
  await page.goto("/recovery");
  await page.getByRole("link", { name: "自然人申诉找回密码" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("自然人申诉找回密码");
  await askForContactCode(page, testInfo, mobile);
  await page.getByLabel("姓名").fill("张三");
  await page.getByLabel("身份证号").fill(idNumber);
  await page.getByLabel("申诉原因").fill("忘记登录名，原预留手机号已停用。");
  await page.getByRole("button", { name: "继续" }).click();
  await expect(page.getByRole("heading", { name: "上传证明材料" })).toBeVisible();
  await page.getByLabel("身份证人像面照片").setInputFiles({ name: "front.jpg", mimeType: "image/jpeg", buffer: await sampleJpeg({ gps: true }) });
  await page.getByLabel("身份证国徽面照片").setInputFiles({ name: "back.png", mimeType: "image/png", buffer: await samplePng() });
  await page.getByRole("button", { name: "下一步" }).click();
  const reference = page.getByTestId("appeal-reference");
  await expect(reference).toHaveText(/^SQ\d{8}-[0-9A-Z]+$/);
  return (await reference.textContent()) ?? "";
}

async function setNewPasswordFromSms(page: Page, mobile: string) {
  await page.goto(setPasswordPathFromSms(mobile));
  await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("确认新密码").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "设置新密码" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新密码已设置");
  await page.getByRole("link", { name: "确定并跳转至政务服务平台" }).click();
}

test("a natural appeal is approved; the SMS link sets the password, the contact mobile becomes the reserved one", async ({ page, browser }, testInfo) => {
  // Without JavaScript and on the phone the P-R4 journey walk files this appeal, has it approved
  // and sets the password through the SMS link.
  test.skip(testInfo.project.name !== "desktop", "the P-R4 journey walk covers it in the other projects");
  const account = await insertRecoveryAccount("natural", "Old-Garden-2024");
  const idNumber = randomResidentId();
  giveVerifiedIdNumber(account.id, idNumber);
  const contact = randomMobile();
  const reference = await naturalAppeal(page, testInfo, contact, idNumber);
  await expectNoAxeViolations(page);
  await decideAppealAsReviewer(browser, reference, "approved");
  await setNewPasswordFromSms(page, contact);
  await expect(page).toHaveURL(/\/login\/natural$/);
  await logIn(page, testInfo, "natural", account.loginName, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  expect(reservedMobileOf(account.id)).toBe(contact);
  // The link is single-use.
  await page.goto(setPasswordPathFromSms(contact));
  await expect(page.getByText("此链接无效、已使用或已过期")).toBeVisible();
});

test("a legal appeal started from its step is found by organisation name, leads back to the step, is approved and the account logs in with the new password", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "desktop covers the legal appeal; the natural one runs without JavaScript too");
  const account = await insertRecoveryAccount("legal", "Old-Garden-2024");
  // Started from the guide's appeal-legal step, as its action links here: the way back survives every stage.
  await page.goto("/recovery/appeal/legal?next=%2Fguide%2Fjourney%2Fappeal-legal");
  await page.getByLabel("单位名称").fill(`${account.loginName}科技`);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page.getByRole("heading", { name: "第二步：选择单位，验证联系手机号" })).toBeVisible();
  await expect(page.getByText(account.uscc ?? "-")).toHaveCount(0);
  await page.getByRole("radio").first().check();
  const contact = randomMobile();
  await page.getByLabel("联系手机号").fill(contact);
  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await page.getByLabel("短信验证码").fill(lastSmsCode(contact));
  await page.getByLabel("单位名称").fill(account.orgName ?? "");
  await page.getByLabel("统一社会信用代码").fill(account.uscc ?? "");
  await page.getByLabel("法定代表人姓名").fill("王五");
  await page.getByLabel("申诉原因").fill("原联系人离职，无法接收验证码。");
  await page.getByRole("button", { name: "继续" }).click();
  await page.getByLabel("营业执照").setInputFiles({ name: "licence.jpg", mimeType: "image/jpeg", buffer: await sampleJpeg() });
  await page.getByLabel("加盖公章的申诉函").setInputFiles({ name: "letter.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await page.getByRole("button", { name: "下一步" }).click();
  const reference = (await page.getByTestId("appeal-reference").textContent()) ?? "";
  await expect(page.getByRole("link", { name: "返回操作指引" })).toHaveAttribute("href", "/guide/journey/appeal-legal");
  await decideAppealAsReviewer(browser, reference, "approved");
  await setNewPasswordFromSms(page, contact);
  await expect(page).toHaveURL(/\/login\/legal$/);
  await logIn(page, testInfo, "legal", account.loginName, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
});

test("a rejected appeal shows its reason on the status page", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name === "desktop", "the phone and no-JS run it; desktop runs both approved appeals");
  if (testInfo.project.name === "phone") {
    // The recovery pages on the narrowest supported phone; the flow itself is the no-JS run's
    // (the same server pages), and the P-R4 walk files an appeal on the phone.
    await page.setViewportSize(NARROWEST_PHONE);
    for (const path of ["/recovery", "/recovery/appeal/natural", "/recovery/appeal/legal", "/recovery/status", "/recovery/reset/legal", "/recovery/hint"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
    return;
  }
  const contact = randomMobile();
  const reference = await naturalAppeal(page, testInfo, contact, randomResidentId());
  await decideAppealAsReviewer(browser, reference, "rejected", "身份证照片不清晰，请重新拍摄后再次申诉。");
  await page.getByRole("link", { name: "查询申诉进度" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("查询申诉进度");
  await page.getByLabel("申诉编号").fill(reference.toLowerCase());
  await page.getByLabel("联系手机号").fill(contact);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await expect(page.getByText(/如申诉编号和手机号无误/)).toBeVisible();
  await page.getByLabel("短信验证码").fill(lastSmsCode(contact));
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: "未通过审核" })).toBeVisible();
  await expect(page.getByTestId("rejection-reason")).toHaveText("身份证照片不清晰，请重新拍摄后再次申诉。");
  await expectNoAxeViolations(page);
});
