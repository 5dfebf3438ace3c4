import { describe, expect, it } from "vitest";
import { grantExpiry, hashGrantToken, isWellFormedGrantToken, newGrantToken, setPasswordPath } from "./grant-token";

describe("password-set grant tokens", () => {
  it("are random, well formed, and stored only as a hash", () => {
    const tokens = Array.from({ length: 50 }, newGrantToken);
    expect(new Set(tokens).size).toBe(50);
    for (const token of tokens) {
      expect(isWellFormedGrantToken(token)).toBe(true);
      expect(hashGrantToken(token)).toMatch(/^[0-9a-f]{64}$/);
      expect(hashGrantToken(token)).not.toContain(token);
    }
  });

  it("refuses anything else", () => {
    for (const bad of ["", "abc", "x".repeat(44), `${"a".repeat(42)}/`, "../../etc/passwd"]) expect(isWellFormedGrantToken(bad)).toBe(false);
  });

  it("expires after 24 hours and links to the set-password page", () => {
    const now = new Date("2026-11-29T00:00:00Z");
    expect(grantExpiry(now).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(setPasswordPath("tok")).toBe("/recovery/set-password/tok");
  });
});
