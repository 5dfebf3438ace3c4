// The product's own pages a journey sends people to, driven from the walks: registration and
// 登录名重置密码 (both on main), each reached through the step's action link.
import { expect } from "@playwright/test";
import { lastSmsCode, solveCaptcha, uniqueName } from "../platform/support";
import { ORG_NAME, type WalkCase } from "./seed";
import type { Walk } from "./walk";

export const NEW_PASSWORD = "Xiang-Dao-2027";

/** 自然人注册 / 单位用户（法人）注册 with the looked-up USCC or mobile; returns the login name. */
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
  await page.waitForURL(`**/login/${c.window}?notice=registered`);
  return loginName;
}

/** 登录名重置密码 to NEW_PASSWORD, then "确定并跳转至政务服务平台". */
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
  await expect(page).toHaveURL(new RegExp(`/login/${c.window}`));
}
