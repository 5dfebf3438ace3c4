import { describe, expect, it } from "vitest";
import {
  formatHelpCode,
  formatResumeCode,
  journeyIdOf,
  newHelpCode,
  newResumeCode,
  normaliseHelpCode,
  normaliseResumeCode,
  RESUME_CODE_LENGTH,
} from "./codes";

describe("resume codes", () => {
  it("are 12 characters of Crockford base 32, different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, newResumeCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
  });

  it("survive the ways people type them: groups, spaces, lower case, O for 0, I or L for 1", () => {
    const code = "0A1B2C3D4E5F";
    expect(normaliseResumeCode(formatResumeCode(code))).toBe(code);
    expect(normaliseResumeCode(" oa1b-2c3d 4e5f ")).toBe(code);
    expect(normaliseResumeCode("0AIB2C3D4E5F")).toBe(code);
    expect(normaliseResumeCode("0ALB2C3D4E5F")).toBe(code);
    expect(normaliseResumeCode("０A1B2C3D4E5F")).toBe(code);
  });

  it("refuse the wrong length or a letter outside the alphabet", () => {
    expect(normaliseResumeCode("0A1B2C3D4E5")).toBeNull();
    expect(normaliseResumeCode("0A1B2C3D4E5F6")).toBeNull();
    expect(normaliseResumeCode("0A1B2C3D4E5U")).toBeNull();
    expect(normaliseResumeCode("")).toBeNull();
  });

  it("are grouped by four for reading", () => {
    expect(formatResumeCode("0A1B2C3D4E5F")).toBe("0A1B-2C3D-4E5F");
  });

  it("are stored only as their SHA-256", () => {
    const code = newResumeCode();
    expect(journeyIdOf(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(journeyIdOf(code)).not.toContain(code);
    expect(journeyIdOf(code)).toBe(journeyIdOf(code));
    expect(code).toHaveLength(RESUME_CODE_LENGTH);
  });
});

describe("help codes", () => {
  it("are 6 characters, read in two groups of three", () => {
    const code = newHelpCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(formatHelpCode("K7Q2MX")).toBe("K7Q-2MX");
    expect(normaliseHelpCode("k7q-2mx")).toBe("K7Q2MX");
    expect(normaliseHelpCode("K7Q2M")).toBeNull();
  });
});
