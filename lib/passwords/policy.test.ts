import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "./policy";

describe("checkPasswordPolicy", () => {
  it("accepts a long, varied, personal-data-free password", () => {
    expect(checkPasswordPolicy("Torch#Move2026", { loginName: "zhangsan", mobile: "18711111111" })).toEqual({ ok: true, reasons: [] });
  });

  it.each([
    ["Ab1#", "tooShort"],
    [`Ab1#${"x".repeat(130)}`, "tooLong"],
    ["abcdefgh12", "notEnoughClasses"],
    ["P@ssw0rd", "common"],
    ["Aa123456", "common"],
  ])("refuses %s as %s", (password, reason) => {
    expect(checkPasswordPolicy(password).reasons).toContain(reason);
  });

  it("refuses a password containing the login name, mobile, USCC or ID number", () => {
    expect(checkPasswordPolicy("Zhangsan#2026", { loginName: "ZhangSan" }).reasons).toEqual(["containsPersonalData"]);
    expect(checkPasswordPolicy("A#18711111111", { mobile: "18711111111" }).reasons).toEqual(["containsPersonalData"]);
    expect(checkPasswordPolicy("x#91110108MA01ET88XL", { uscc: "91110108MA01ET88XL" }).reasons).toEqual(["containsPersonalData"]);
    expect(checkPasswordPolicy("Id#11010519491231002x", { idNumber: "11010519491231002X" }).reasons).toEqual(["containsPersonalData"]);
  });

  it("ignores very short context values", () => {
    expect(checkPasswordPolicy("Torch#Move2026", { loginName: "To" }).ok).toBe(true);
  });
});
