import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_REFERENCE_PATTERN, newCaseReference, normaliseCaseReference } from "./case-reference";

describe("case references", () => {
  it("carry the Beijing date and six characters without look-alikes", () => {
    // 2026-11-29 20:30 UTC is already 30 November in Beijing.
    const reference = newCaseReference(new Date("2026-11-29T20:30:00Z"), () => Buffer.from([0, 1, 31, 32, 255, 7]));
    expect(reference).toBe("SQ20261130-23Z2Z9");
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), (bytes) => {
        expect(newCaseReference(new Date(), () => Buffer.from(bytes))).toMatch(CASE_REFERENCE_PATTERN);
      }),
    );
  });

  it("are tidied when typed back", () => {
    expect(normaliseCaseReference(" sq20261129－7k3f9q ")).toBe("SQ20261129-7K3F9Q");
  });
});
