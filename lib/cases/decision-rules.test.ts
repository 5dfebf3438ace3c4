import { describe, expect, it } from "vitest";
import { checkDecisionReason, decisionFormSchema, normaliseReason } from "./decision-rules";

describe("normaliseReason", () => {
  it("treats blank text as no reason and folds whitespace", () => {
    expect(normaliseReason("   \n\t ")).toBeNull();
    expect(normaliseReason(undefined)).toBeNull();
    expect(normaliseReason("  身份证  照片\n模糊 ")).toBe("身份证 照片 模糊");
  });
});

describe("checkDecisionReason", () => {
  it("requires a reason for a rejection only", () => {
    expect(checkDecisionReason("rejected", null)).toBe("reasonRequired");
    expect(checkDecisionReason("approved", null)).toBeNull();
  });
  it("bounds the length by characters, not bytes", () => {
    expect(checkDecisionReason("rejected", "照片")).toBe("reasonTooShort");
    expect(checkDecisionReason("rejected", "照片模糊")).toBeNull();
    expect(checkDecisionReason("rejected", "模".repeat(500))).toBeNull();
    expect(checkDecisionReason("rejected", "模".repeat(501))).toBe("reasonTooLong");
    expect(checkDecisionReason("approved", "x".repeat(501))).toBe("reasonTooLong");
  });
});

describe("decisionFormSchema", () => {
  it("accepts an approval without a reason and a rejection with one", () => {
    expect(decisionFormSchema.parse({ reference: "SQ20261129-7K3F9Q", decision: "approved" })).toEqual({
      reference: "SQ20261129-7K3F9Q",
      decision: "approved",
      reason: null,
    });
    expect(decisionFormSchema.parse({ reference: "SQ20261129-7K3F9Q", decision: "rejected", reason: " 证件照片不清晰 " }).reason).toBe("证件照片不清晰");
  });
  it("names the reason field when a rejection has none", () => {
    const result = decisionFormSchema.safeParse({ reference: "SQ20261129-7K3F9Q", decision: "rejected", reason: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["reason"], message: "reasonRequired" })]);
  });
  it("refuses unknown decisions and odd references", () => {
    expect(decisionFormSchema.safeParse({ reference: "SQ1-../x", decision: "approved" }).success).toBe(false);
    expect(decisionFormSchema.safeParse({ reference: "SQ20261129-7K3F9Q", decision: "maybe" }).success).toBe(false);
  });
});
