import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLookupInput } from "./classify";
import { checkMobile } from "./mobile";

describe("checkMobile", () => {
  it.each([
    ["18711111111", "18711111111"],
    ["+86 187 1111 1111", "18711111111"],
    ["86-187-1111-1111", "18711111111"],
    ["８６１８７１１１１１１１１", "18711111111"],
    ["187\u30001111\uff0d1111", "18711111111"],
  ])("normalises %s", (raw, value) => {
    expect(checkMobile(raw)).toEqual({ ok: true, value });
  });

  it("refuses what is not a mainland mobile", () => {
    expect(checkMobile("")).toMatchObject({ ok: false, error: "empty" });
    expect(checkMobile("12711111111")).toMatchObject({ ok: false, error: "format" });
    expect(checkMobile("1871111111")).toMatchObject({ ok: false, error: "format" });
    expect(checkMobile("1871111111a")).toMatchObject({ ok: false, error: "format" });
  });

  it("accepts every valid number with any prefix and spacing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom("", "+86", "86", "+86 "), (second, rest, prefix) => {
        const mobile = `1${second}${String(rest).padStart(9, "0")}`;
        const spaced = `${prefix}${mobile.slice(0, 3)} ${mobile.slice(3, 7)}-${mobile.slice(7)}`;
        const result = checkMobile(spaced);
        return result.ok && result.value === mobile;
      }),
    );
  });
});

describe("classifyLookupInput", () => {
  it("reads a mobile as personal and a code as enterprise", () => {
    expect(classifyLookupInput("+86 18711111111")).toMatchObject({ kind: "personal", ok: true, value: "18711111111" });
    expect(classifyLookupInput("91110108ma01et88xl")).toMatchObject({ kind: "enterprise", ok: true, value: "91110108MA01ET88XL" });
    expect(classifyLookupInput("1871111")).toMatchObject({ kind: "personal", ok: false });
    expect(classifyLookupInput("9111010")).toMatchObject({ kind: "personal", ok: false });
    expect(classifyLookupInput("911101")).toMatchObject({ kind: "personal" });
    expect(classifyLookupInput("91110108MA01")).toMatchObject({ kind: "enterprise", ok: false, error: "length" });
  });
});
