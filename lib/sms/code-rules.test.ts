import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SMS_PURPOSES,
  generateChallenge,
  generateSmsCode,
  hashSmsCode,
  isWellFormedSmsCode,
  smsCodeBody,
  smsCodeMatches,
} from "./code-rules";

const key = Buffer.alloc(32, 7);

describe("SMS code rules", () => {
  it("generates six digits and long random challenges", () => {
    const codes = Array.from({ length: 200 }, generateSmsCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
    expect(generateChallenge()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("matches only the same code for the same challenge", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{6}$/), fc.string(), (code, other, challenge) => {
        const stored = hashSmsCode(key, challenge, code);
        expect(stored).not.toContain(code);
        expect(smsCodeMatches(key, challenge, code, stored)).toBe(true);
        expect(smsCodeMatches(key, challenge, other, stored)).toBe(other === code);
        expect(smsCodeMatches(key, `${challenge}x`, code, stored)).toBe(false);
      }),
    );
  });

  it("refuses a stored hash of the wrong shape without throwing", () => {
    expect(smsCodeMatches(key, "c", "123456", "abc")).toBe(false);
  });

  it("accepts exactly six ASCII digits", () => {
    expect(isWellFormedSmsCode("012345")).toBe(true);
    for (const bad of ["", "12345", "1234567", "12345a", "１２３４５６", " 123456"]) expect(isWellFormedSmsCode(bad)).toBe(false);
  });

  it("writes a Chinese body carrying the code for every purpose", () => {
    for (const purpose of SMS_PURPOSES) {
      const body = smsCodeBody(purpose, "123456");
      expect(body).toContain("123456");
      expect(body).toContain("验证码");
      expect(body).toContain("10 分钟");
    }
  });
});
