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

  it("compares common passwords case-insensitively", () => {
    for (const password of ["PASSWORD", "Passw0rd!", "1QAZ@wsx", "QWERTY123", "12345678"]) {
      expect(checkPasswordPolicy(password).reasons, password).toContain("common");
    }
  });

  it("normalises the context as the identifiers do (raw form input)", () => {
    expect(checkPasswordPolicy("A#18711111111", { mobile: "+86 187-1111-1111" }).reasons).toEqual(["containsPersonalData"]);
    expect(checkPasswordPolicy("x#91110108MA01ET88XL", { uscc: " 91110108ma01et88xl " }).reasons).toEqual(["containsPersonalData"]);
    expect(checkPasswordPolicy("A#１８７１１１１１１１１", { mobile: "18711111111" }).reasons).toContain("containsPersonalData");
  });

  it("ignores very short context values", () => {
    expect(checkPasswordPolicy("Torch#Move2026", { loginName: "To" }).ok).toBe(true);
  });
});
