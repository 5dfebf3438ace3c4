import { describe, expect, it } from "vitest";
import { beijingDay, changeAuthorisationSchema, grantAuthorisationSchema, lastValidDay } from "./authorisation-schemas";

const form = { loginName: "agent01", uscc: "91110108ma01et88xl", system: "both", validFrom: "2026-12-01", validTo: "2027-11-30", note: "企业来函授权" };

describe("authorisation forms", () => {
  it("turn Beijing days into a validity that includes the last day", () => {
    const parsed = grantAuthorisationSchema.parse(form);
    expect(parsed.uscc).toBe("91110108MA01ET88XL");
    expect(parsed.validFrom.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(parsed.validTo?.toISOString()).toBe("2027-11-30T16:00:00.000Z");
    expect(lastValidDay(parsed.validTo ?? new Date())).toBe("2027-11-30");
    expect(beijingDay(parsed.validFrom)).toBe("2026-12-01");
    expect(grantAuthorisationSchema.parse({ ...form, validTo: "" }).validTo).toBeNull();
  });
  it("name the field of each problem", () => {
    const result = grantAuthorisationSchema.safeParse({ ...form, uscc: "123", system: "other", validFrom: "2026-02-30", note: "短" });
    const fields = Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
    expect(fields).toEqual({ uscc: "uscc", system: "system", validFrom: "date", note: "noteRequired" });
    const reversed = changeAuthorisationSchema.safeParse({ id: "3", validFrom: "2026-12-02", validTo: "2026-12-01", note: "调整有效期" });
    expect(reversed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["validTo", "order"]]);
  });
});
