import { describe, expect, it } from "vitest";
import { checkPlatformRow } from "./platform-row";

const MD5 = "md5:0123456789abcdef0123456789abcdef";
const ID = "11010519491231002X";
const natural = (over: Partial<Record<string, string>> = {}) => ({
  type: "natural",
  login_name: "LiSi2020",
  password_hash: MD5,
  reserved_mobile: "13800138000",
  real_name_status: "verified",
  person_name: "李四",
  id_number: ID.toLowerCase(),
  org_name: "",
  uscc: "",
  ...over,
});
const legal = (over: Partial<Record<string, string>> = {}) =>
  natural({ type: "legal", login_name: "91110108MA01ET88XL", real_name_status: "unverified", person_name: "", id_number: "", org_name: "北京某某", uscc: "91110108ma01et88xl", ...over });

describe("checkPlatformRow", () => {
  it("normalises a verified natural account", () => {
    expect(checkPlatformRow(natural({ login_name: " ＬｉＳｉ2020 ", reserved_mobile: "+8613800138000" }))).toEqual({
      ok: true,
      warnings: [],
      value: {
        type: "natural",
        loginName: "LiSi2020",
        passwordHash: MD5,
        reservedMobile: "13800138000",
        realNameStatus: "verified",
        personName: "李四",
        idNumber: ID,
        orgName: null,
        uscc: null,
        usccCheckCharacterValid: true,
      },
    });
  });

  it("normalises a legal account and warns about a wrong USCC check character", () => {
    const ok = checkPlatformRow(legal());
    expect(ok.ok && ok.value.uscc).toBe("91110108MA01ET88XL");
    const warned = checkPlatformRow(legal({ uscc: "91110108MA01ET88XA" }));
    expect(warned.ok && warned.warnings).toEqual([expect.stringContaining("check character")]);
  });

  it("refuses rows that break the type rules", () => {
    expect(checkPlatformRow(legal({ org_name: "", uscc: "" }))).toEqual({
      ok: false,
      message: "org_name is required for a legal account; uscc is required for a legal account",
    });
    expect(checkPlatformRow(natural({ uscc: "91110108MA01ET88XL" }))).toEqual({ ok: false, message: "uscc must be empty for a natural account" });
    expect(checkPlatformRow(natural({ id_number: "" }))).toEqual({ ok: false, message: "id_number is required for a verified natural account" });
    expect(checkPlatformRow(natural({ id_number: "", person_name: "", real_name_status: "unverified" })).ok).toBe(true);
  });

  it("refuses malformed values without echoing an ID number", () => {
    const checked = checkPlatformRow(natural({ type: "person", id_number: "110105194912310021", real_name_status: "yes", password_hash: "x" }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.message).toMatch(/^type must be "natural" or "legal"/);
      expect(checked.message).toMatch(/id_number is not a resident ID number: the check digit is wrong/);
      expect(checked.message).toMatch(/real_name_status must be "unverified" or "verified"/);
      expect(checked.message).toMatch(/password_hash is not a supported hash/);
      expect(checked.message).not.toContain("110105194912310021");
    }
    expect(checkPlatformRow(natural({ login_name: "li si" }))).toMatchObject({ ok: false, message: "login_name contains spaces or control characters" });
    expect(checkPlatformRow(legal({ uscc: "9111010" }))).toMatchObject({ ok: false, message: expect.stringMatching(/^uscc is not a USCC/) });
  });
});
