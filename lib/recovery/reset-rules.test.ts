import { describe, expect, it } from "vitest";
import { normaliseOrgName, resetDetailsMatch } from "./reset-rules";

const natural = { type: "natural", reservedMobile: "13800000001", orgName: null, uscc: null };
const legal = { type: "legal", reservedMobile: "13900000002", orgName: "北京红星科技有限公司（分部）", uscc: "91110108MA01ET88XL" };

describe("resetDetailsMatch", () => {
  it("accepts a natural account's reserved mobile however it is typed", () => {
    for (const typed of ["13800000001", "+86 138-0000-0001", "１３８０００００００１"]) {
      expect(resetDetailsMatch("natural", natural, { mobile: typed })).toBe(true);
    }
  });

  it("refuses another mobile, the other kind, and a missing account", () => {
    expect(resetDetailsMatch("natural", natural, { mobile: "13800000002" })).toBe(false);
    expect(resetDetailsMatch("legal", natural, { mobile: "13800000001", orgName: "x", uscc: "y" })).toBe(false);
    expect(resetDetailsMatch("natural", null, { mobile: "13800000001" })).toBe(false);
    expect(resetDetailsMatch("natural", { ...natural, reservedMobile: null }, { mobile: "" })).toBe(false);
  });

  it("needs mobile, organisation name and USCC together for a legal account", () => {
    const right = { mobile: "13900000002", orgName: "北京红星科技有限公司(分部)", uscc: "91110108ma01et88xl" };
    expect(resetDetailsMatch("legal", legal, right)).toBe(true);
    expect(resetDetailsMatch("legal", legal, { ...right, mobile: "13900000003" })).toBe(false);
    expect(resetDetailsMatch("legal", legal, { ...right, orgName: "北京红星科技有限公司" })).toBe(false);
    expect(resetDetailsMatch("legal", legal, { ...right, uscc: "91110108MA01ET88XM" })).toBe(false);
    expect(resetDetailsMatch("natural", legal, right)).toBe(false);
  });
});

describe("normaliseOrgName", () => {
  it("treats full-width and half-width brackets and spaces alike", () => {
    expect(normaliseOrgName(" 北京 红星（科技） ")).toBe(normaliseOrgName("北京红星(科技)"));
  });
});
