import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { checkTotpCode, formatTotpSecret, newTotpSecret, normaliseTotpCode, totpEnrolmentUri } from "./totp";

const now = new Date("2026-11-29T08:00:10Z");
const epoch = (date: Date) => Math.floor(date.getTime() / 1000);
const codeAt = (secret: string, date: Date) => generate({ secret, epoch: epoch(date) });

describe("TOTP", () => {
  it("makes 32-character base32 secrets, different every time, and an otpauth URI", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
    const uri = totpEnrolmentUri("li.wei", a);
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${a}`);
  });

  it("accepts the current code and returns its time step", async () => {
    const secret = newTotpSecret();
    const result = await checkTotpCode({ secret, code: await codeAt(secret, now), lastStep: null, now });
    expect(result).toEqual({ ok: true, step: Math.floor(epoch(now) / 30) });
  });

  it("tolerates one step of clock drift, not two", async () => {
    const secret = newTotpSecret();
    const earlier = (steps: number) => new Date(now.getTime() - steps * 30_000);
    expect((await checkTotpCode({ secret, code: await codeAt(secret, earlier(1)), lastStep: null, now })).ok).toBe(true);
    expect((await checkTotpCode({ secret, code: await codeAt(secret, earlier(2)), lastStep: null, now })).ok).toBe(false);
  });

  it("never accepts a code for a step already used, nor an older one", async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, now);
    const first = await checkTotpCode({ secret, code, lastStep: null, now });
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : -1;
    expect((await checkTotpCode({ secret, code, lastStep: step, now })).ok).toBe(false);
    const previous = await codeAt(secret, new Date(now.getTime() - 30_000));
    expect((await checkTotpCode({ secret, code: previous, lastStep: step, now })).ok).toBe(false);
    const next = new Date(now.getTime() + 30_000);
    expect((await checkTotpCode({ secret, code: await codeAt(secret, next), lastStep: step, now: next })).ok).toBe(true);
  });

  it("refuses another secret's code and anything that is not six digits", async () => {
    const secret = newTotpSecret();
    const other = newTotpSecret();
    expect((await checkTotpCode({ secret, code: await codeAt(other, now), lastStep: null, now })).ok).toBe(false);
    for (const bad of ["", "12345", "1234567", "abcdef", "12 34 5x"]) {
      expect((await checkTotpCode({ secret, code: bad, lastStep: null, now })).ok, bad).toBe(false);
    }
  });

  it("reads codes typed with spaces or full-width digits", () => {
    expect(normaliseTotpCode(" 123 456 ")).toBe("123456");
    expect(normaliseTotpCode("１２３４５６")).toBe("123456");
    expect(formatTotpSecret("ABCDEFGHIJKL")).toBe("ABCD EFGH IJKL");
  });
});
