import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OUTCOME_CODES, WINDOW_BY_OUTCOME } from "@/lib/migration/outcomes";
import { toLookupResult } from "./to-lookup-result";

const uscc = "91110108MA01ET88XL";

describe("toLookupResult", () => {
  it("copies the record and shows a name derived from the input in full", () => {
    expect(
      toLookupResult({ input: uscc, kind: "enterprise", registeredInTorch: true, decision: { outcome: "E-R3", loginName: `HJ_${uscc}`, window: "legal" } }),
    ).toEqual({ input: uscc, kind: "enterprise", registeredInTorch: true, outcome: "E-R3", loginName: `HJ_${uscc}`, window: "legal" });
  });

  it("gives a CONFLICT resolved by staff the assigned name in full and its window, keeping the outcome", () => {
    const result = toLookupResult({ input: uscc, kind: "enterprise", registeredInTorch: true, decision: { outcome: "CONFLICT", loginName: "hongxing-hq", window: "natural" } });
    expect(result).toEqual({ input: uscc, kind: "enterprise", registeredInTorch: true, outcome: "CONFLICT", loginName: "hongxing-hq", window: "natural" });
  });

  it("masks a name not derived from the input", () => {
    const result = toLookupResult({
      input: "13800138000",
      kind: "personal",
      registeredInTorch: false,
      decision: { outcome: "P-U2", loginName: "lisi2020", window: "natural" },
    });
    expect(result).toMatchObject({ outcome: "P-U2", loginName: "li****20", window: "natural", registeredInTorch: false });
  });

  it("gives no name and no window where the user registers, appeals or calls", () => {
    for (const outcome of ["E-U1", "P-U1", "P-R4"] as const) {
      const result = toLookupResult({ input: uscc, kind: "enterprise", registeredInTorch: true, decision: { outcome, loginName: "someone", window: "natural" } });
      expect(result.loginName).toBeNull();
      expect(result.window).toBeNull();
    }
    const open = toLookupResult({ input: uscc, kind: "enterprise", registeredInTorch: true, decision: { outcome: "CONFLICT", loginName: null, window: null } });
    expect([open.loginName, open.window]).toEqual([null, null]);
  });

  it("refuses an outcome code it does not know", () => {
    expect(() => toLookupResult({ input: uscc, kind: "enterprise", registeredInTorch: true, decision: { outcome: "E-R9", loginName: null, window: null } })).toThrow();
  });

  it("always has a window exactly when the outcome has one (or staff resolved the CONFLICT)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OUTCOME_CODES), fc.option(fc.constantFrom("natural", "legal")), (outcome, window) => {
        const result = toLookupResult({ input: uscc, kind: "enterprise", registeredInTorch: true, decision: { outcome, loginName: uscc, window } });
        const resolved = outcome === "CONFLICT" && window !== null;
        expect(result.window === null).toBe(WINDOW_BY_OUTCOME[outcome] === null && !resolved);
      }),
    );
  });
});
