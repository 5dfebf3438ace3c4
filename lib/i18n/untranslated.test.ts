import { describe, expect, it } from "vitest";
import { hasUntranslatedChinese } from "./untranslated";

describe("hasUntranslatedChinese", () => {
  it.each([
    "Select “Online Services (在线办事)” → “My Information (我的信息)”.",
    "Choose “Organisation (legal entity) registration (单位用户（法人）注册)”.",
    "It says “登录名或密码错误”.",
    "Plain English, no Chinese at all.",
  ])("accepts %s", (text) => {
    expect(hasUntranslatedChinese(text)).toBe(false);
  });

  it.each(["请选择法人登录。", "Select 我的信息 at the top.", "Log in (法人登录) then 保存."])("finds untranslated Chinese in %s", (text) => {
    expect(hasUntranslatedChinese(text)).toBe(true);
  });
});
