// The product's own pages a journey sends people to, driven from the walks, each reached through
// the step's action link: registration, 登录名重置密码, 修改…信息 (the automatic check against the
// registry rows seed.ts wrote), 上传…信息, the natural-person appeal and its SMS link.
import { expect } from "@playwright/test";
import { sampleJpeg, samplePdf, samplePng } from "../../lib/uploads/testing/sample-files";
import { lastSmsCode, solveCaptcha, uniqueName } from "../platform/support";
import { setPasswordPathFromSms } from "../recovery/support";
import { ORG_NAME, type WalkCase } from "./seed";
import type { Walk } from "./walk";

export const NEW_PASSWORD = "Xiang-Dao-2027";

/** 自然人注册 / 单位用户（法人）注册 with the looked-up USCC or mobile, on to the login window that leads back to the step; returns the login name. */
export async function register(walk: Walk): Promise<string> {
  const { page, testInfo, c } = walk;
  await expect(page).toHaveURL(new RegExp(`/register/${c.window}`));
  const mobile = c.kind === "personal" ? c.q : (c.reservedMobile ?? "");
  const loginName = uniqueName("xd");
  await page.getByLabel("手机号").fill(mobile);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await page.getByLabel("短信验证码").fill(lastSmsCode(mobile));
  if (c.window === "legal") {
    await page.getByLabel("单位名称").fill(ORG_NAME);
    await page.getByLabel("统一社会信用代码").fill(c.q);
  }
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码", { exact: true }).fill(c.password);
  await page.getByLabel("确认密码").fill(c.password);
  await page.getByRole("button", { name: "注册账号" }).click();
  await expect(page).toHaveURL(new RegExp(`/login/${c.window}\\?notice=registered&next=%2Fguide%2Fjourney%2Fregister-${c.window}$`));
  return loginName;
}

/** 登录名重置密码 to NEW_PASSWORD, then "确定并跳转至政务服务平台": the login window, which leads back to the step. */
export async function resetPassword(walk: Walk, c: WalkCase = walk.c): Promise<void> {
  const { page, testInfo } = walk;
  await expect(page).toHaveURL(new RegExp(`/recovery/reset/${c.window}`));
  await page.getByLabel("登录名").fill(c.loginName ?? "");
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "下一步" }).click();
  await page.getByLabel("预留手机号").fill(c.reservedMobile ?? "");
  if (c.window === "legal") {
    await page.getByLabel("单位名称").fill(ORG_NAME);
    await page.getByLabel("统一社会信用代码").fill(c.q);
  }
  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await page.getByLabel("短信验证码").fill(lastSmsCode(c.reservedMobile ?? ""));
  await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("确认新密码").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "确定", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("密码已重置");
  await page.getByRole("link", { name: "确定并跳转至政务服务平台" }).click();
  await expect(page).toHaveURL(new RegExp(`/login/${c.window}\\?next=%2Fguide%2Fjourney%2Freset-${c.window}$`));
}

/** 修改个人信息 / 修改法人信息 from the step's action: the registry's identity, or a wrong name. */
export async function fillIdentity(walk: Walk, options: { wrongName?: boolean } = {}): Promise<void> {
  const { page, c } = walk;
  await expect(page).toHaveURL(/\/account\/verify\?next=/);
  const name = options.wrongName ? `${c.identity.name}甲` : c.identity.name;
  if (c.window === "natural") {
    await page.getByLabel("姓名").fill(name);
    await page.getByLabel("居民身份证").check();
    await page.getByLabel("证件号码").fill(c.identity.idNumber);
  } else {
    await page.getByLabel("单位名称").fill(ORG_NAME);
    await page.getByLabel("经办人姓名").fill("向导经办人");
    await page.getByLabel("经办人手机号码").fill(c.reservedMobile ?? "");
    await page.getByLabel("法定代表人姓名").fill(name);
    await page.getByLabel("法定代表人身份证号码").fill(c.identity.idNumber);
  }
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("real-name-status")).toContainText(options.wrongName ? "认证失败" : "已认证");
}

/** 上传法人信息 / 上传自然人信息: the two documents, submitted; returns the case's reference. */
export async function uploadDocuments(walk: Walk): Promise<string> {
  const { page, c } = walk;
  await expect(page).toHaveURL(/\/account\/verify\/upload\?next=/);
  const [first, second] = c.window === "legal" ? ["营业执照", "法人授权书（加盖单位公章）"] : ["身份证人像面", "身份证国徽面"];
  await page.getByLabel(first).setInputFiles({ name: "first.jpg", mimeType: "image/jpeg", buffer: await sampleJpeg() });
  await page.getByLabel(second).setInputFiles({ name: "second.pdf", mimeType: "application/pdf", buffer: samplePdf() });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("real-name-status")).toContainText("认证中");
  const text = await page.getByText(/申请编号 SQ\d{8}-[0-9A-Z]+/).first().textContent();
  return /SQ\d{8}-[0-9A-Z]+/.exec(text ?? "")?.[0] ?? "";
}

/** 自然人申诉找回密码 from the step's action, with the verified account's identity; returns the reference. */
export async function fileNaturalAppeal(walk: Walk): Promise<string> {
  const { page, testInfo, c } = walk;
  await expect(page).toHaveURL(/\/recovery\/appeal\/natural/);
  await page.getByLabel("联系手机号").fill(c.q);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await expect(page.getByRole("heading", { name: "填写申诉信息" })).toBeVisible();
  await page.getByLabel("短信验证码").fill(lastSmsCode(c.q));
  await page.getByLabel("姓名").fill(c.identity.name);
  await page.getByLabel("身份证号").fill(c.identity.idNumber);
  await page.getByLabel("申诉原因").fill("忘记已实名认证账号的登录名。");
  await page.getByRole("button", { name: "继续" }).click();
  await page.getByLabel("身份证人像面照片").setInputFiles({ name: "front.jpg", mimeType: "image/jpeg", buffer: await sampleJpeg() });
  await page.getByLabel("身份证国徽面照片").setInputFiles({ name: "back.png", mimeType: "image/png", buffer: await samplePng() });
  await page.getByRole("button", { name: "下一步" }).click();
  return (await page.getByTestId("appeal-reference").textContent()) ?? "";
}

/** The approved appeal's SMS link: a new password, then "确定并跳转至政务服务平台". */
export async function setPasswordFromSms(walk: Walk): Promise<void> {
  const { page, c } = walk;
  await page.goto(setPasswordPathFromSms(c.q));
  await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("确认新密码").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "设置新密码" }).click();
  await page.getByRole("link", { name: "确定并跳转至政务服务平台" }).click();
  await expect(page).toHaveURL(/\/login\/natural/);
}
