import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARITHMETIC_TTL_SECONDS, makeArithmeticQuestion, openArithmeticToken, parseArithmeticAnswer, signArithmeticToken } from "./arithmetic";

const key = Buffer.alloc(32, 3);
const here = { form: "lookup", client: "192.0.2.7" };
const now = new Date("2026-11-29T03:00:00.000Z");

describe("makeArithmeticQuestion", () => {
  it("asks a one-digit sum or difference whose answer is between 0 and 18", () => {
    for (let i = 0; i < 300; i += 1) {
      const q = makeArithmeticQuestion();
      expect(q.a).toBeGreaterThanOrEqual(1);
      expect(q.b).toBeLessThanOrEqual(9);
      expect(q.answer).toBe(q.operator === "plus" ? q.a + q.b : q.a - q.b);
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThanOrEqual(18);
    }
  });

  it("swaps the terms of a difference so it never goes negative", () => {
    const picks = [1, 2, 8];
    expect(makeArithmeticQuestion(() => picks.shift() ?? 0)).toEqual({ a: 8, b: 2, operator: "minus", answer: 6 });
  });
});

describe("arithmetic tokens", () => {
  it("accept the bound answer only, until they expire", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 99 }), (answer, other) => {
        const token = signArithmeticToken(key, answer, now, here);
        const opened = openArithmeticToken(key, token, now, here);
        expect(opened.ok).toBe(true);
        if (!opened.ok) return;
        expect(opened.check(answer)).toBe(true);
        expect(opened.check(other)).toBe(other === answer);
        expect(token).not.toContain(`.${answer}.`);
      }),
    );
    const token = signArithmeticToken(key, 7, now, here);
    expect(openArithmeticToken(key, token, new Date(now.getTime() + (ARITHMETIC_TTL_SECONDS - 1) * 1000), here).ok).toBe(true);
    expect(openArithmeticToken(key, token, new Date(now.getTime() + ARITHMETIC_TTL_SECONDS * 1000), here).ok).toBe(false);
  });

  it("refuse tokens signed with another key, tampered with or malformed", () => {
    const token = signArithmeticToken(key, 7, now, here);
    expect(openArithmeticToken(Buffer.alloc(32, 4), token, now, here).ok).toBe(false);
    const parts = token.split(".");
    const later = [parts[0], String(Number(parts[1]) + 3600), ...parts.slice(2)].join(".");
    expect(openArithmeticToken(key, later, now, here).ok).toBe(false);
    for (const bad of ["", "a1", "a1.x.y.z.w", `${token}.x`, token.replace("a2.", "a1.")]) expect(openArithmeticToken(key, bad, now, here).ok).toBe(false);
  });
});

describe("token binding", () => {
  it("lives five minutes at most", () => {
    expect(ARITHMETIC_TTL_SECONDS).toBeLessThanOrEqual(5 * 60);
  });

  it("is refused for another client or another form, even with the right answer", () => {
    const token = signArithmeticToken(key, 7, now, here);
    expect(openArithmeticToken(key, token, now, { ...here, client: "192.0.2.8" }).ok).toBe(false);
    expect(openArithmeticToken(key, token, now, { ...here, form: "register" }).ok).toBe(false);
    // Parts cannot be shifted between the form and the address.
    const odd = signArithmeticToken(key, 7, now, { form: "a", client: "b.c" });
    expect(openArithmeticToken(key, odd, now, { form: "a.b", client: "c" }).ok).toBe(false);
  });
});

describe("parseArithmeticAnswer", () => {
  it("reads ASCII, full-width and Chinese numerals", () => {
    const cases: Array<[string, number]> = [["7", 7], [" 12 ", 12], ["１２", 12], ["零", 0], ["七", 7], ["十", 10], ["十二", 12], ["两", 2], ["二十", 20], ["十八", 18]];
    for (const [text, value] of cases) expect(parseArithmeticAnswer(text)).toBe(value);
  });

  it("refuses what is not a whole number", () => {
    for (const text of ["", "abc", "1.5", "-3", "七七", "100", "十十"]) expect(parseArithmeticAnswer(text)).toBeNull();
  });
});
