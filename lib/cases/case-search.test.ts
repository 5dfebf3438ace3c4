import { describe, expect, it } from "vitest";
import { parseCaseSearch } from "./case-search";

describe("parseCaseSearch", () => {
  it("normalises what people type", () => {
    const { criteria, errors, filtered } = parseCaseSearch({
      reference: " sq20261129－7k3f9q ",
      mobile: "+86 138-0000 0001",
      uscc: "９１１１０１０８ma01et88xl",
      loginName: " ＬiSi2020 ",
      status: "rejected",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(errors).toEqual({});
    expect(filtered).toBe(true);
    expect(criteria).toMatchObject({ reference: "SQ20261129-7K3F9Q", mobile: "13800000001", uscc: "91110108MA01ET88XL", loginName: "lisi2020", status: "rejected" });
    expect(criteria.range.from?.toISOString()).toBe("2026-10-31T16:00:00.000Z");
  });
  it("names each field that cannot be searched, keeping what was typed", () => {
    const parsed = parseCaseSearch({ reference: "../x", mobile: "12345", uscc: "ABC", status: "lost", from: "2026-13-01", to: "" });
    expect(parsed.errors).toEqual({ reference: "reference", mobile: "mobile", uscc: "uscc", status: "status", from: "date" });
    expect(parsed.values.mobile).toBe("12345");
  });
  it("treats an empty form as no filter", () => {
    const parsed = parseCaseSearch({});
    expect(parsed.filtered).toBe(false);
    expect(parsed.criteria).toMatchObject({ reference: null, mobile: null, status: null });
  });
});
