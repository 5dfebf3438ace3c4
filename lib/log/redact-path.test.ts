import { describe, expect, it } from "vitest";
import { redactPath } from "./redact-path";

const token = "q3Zp9XbY2mN8kLr4TuV6wA1cE5gH7jK0oS2dF4hJ6lP";

describe("redactPath", () => {
  it("replaces the single-use password-set token", () => {
    expect(redactPath(`/recovery/set-password/${token}`)).toBe("/recovery/set-password/:token");
    // Whatever follows it, and however the path is spelt, the token never survives.
    expect(redactPath(`/recovery/set-password/${token}/`)).toBe("/recovery/set-password/:token");
    expect(redactPath(`/recovery/set-password/${token}/x/y`)).toBe("/recovery/set-password/:token");
    expect(redactPath(`//Recovery//SET-PASSWORD/${token}`)).toBe("/recovery/set-password/:token");
  });

  it("keeps the static page beside the token route", () => {
    expect(redactPath("/recovery/set-password/done")).toBe("/recovery/set-password/done");
    expect(redactPath("/recovery/set-password")).toBe("/recovery/set-password");
  });

  it("replaces case references (with the mobile they open the appeal status) but keeps the rest", () => {
    expect(redactPath("/staff/cases/A-2026-000123")).toBe("/staff/cases/:reference");
    expect(redactPath("/staff/cases/A-2026-000123/documents/doc1")).toBe("/staff/cases/:reference/documents/doc1");
    expect(redactPath("/staff/cases")).toBe("/staff/cases");
  });

  it("leaves paths without secrets alone", () => {
    for (const path of ["/", "/guide/outcomes/E-R3", "/login/natural", "/api/v1/lookup", "/_next/static/chunks/a.js", "/guide/resume"]) {
      expect(redactPath(path)).toBe(path);
    }
  });
});
