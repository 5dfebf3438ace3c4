// Both captcha paths against a real database: ALTCHA proof of work (JavaScript) and the Chinese
// sum (no JavaScript); each solved captcha is good once; the sum only at the HTML form and for
// the client it was printed for; CAPTCHA=off lets everything through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaptcha, verifyCaptcha, type VerifyCaptchaOptions } from "@/lib/captcha/captcha";
import { resetEnvCache } from "@/lib/env";
import { answerSum, solvedAltcha, solvedSum } from "../../support/captcha";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  process.env.CAPTCHA = "on";
  resetEnvCache();
});
afterAll(async () => {
  delete process.env.CAPTCHA;
  resetEnvCache();
  await t.drop();
});

const here = { form: "lookup", client: "192.0.2.10" } as const;
const atForm = (): VerifyCaptchaOptions => ({ db: t.db, ...here, channel: "form" });

describe("ALTCHA (JavaScript path)", () => {
  it("accepts a solved challenge once, at a form and at the API", async () => {
    const payload = await solvedAltcha();
    expect(await verifyCaptcha(payload, { ...atForm(), channel: "api" })).toBe(true);
    expect(await verifyCaptcha(payload, atForm())).toBe(false);
    expect(await verifyCaptcha(await solvedAltcha(), atForm())).toBe(true);
  }, 60_000);

  it("refuses a tampered, unsolved or garbage payload", async () => {
    const payload = await solvedAltcha();
    const decoded = JSON.parse(Buffer.from(payload, "base64").toString());
    // The derived key is the proof of work (checked against its signature); the counter is not.
    const wrongKey = (decoded.solution.derivedKey[0] === "0" ? "1" : "0") + decoded.solution.derivedKey.slice(1);
    const tampered = { ...decoded, solution: { ...decoded.solution, derivedKey: wrongKey } };
    expect(await verifyCaptcha(Buffer.from(JSON.stringify(tampered)).toString("base64"), atForm())).toBe(false);
    const forged = { ...decoded, challenge: { ...decoded.challenge, parameters: { ...decoded.challenge.parameters, cost: 1 } } };
    expect(await verifyCaptcha(Buffer.from(JSON.stringify(forged)).toString("base64"), atForm())).toBe(false);
    expect(await verifyCaptcha(payload, atForm())).toBe(true);
    for (const junk of ["", "not base64 at all", Buffer.from("{}").toString("base64"), "x".repeat(10_000)]) {
      expect(await verifyCaptcha(junk, atForm())).toBe(false);
    }
  }, 60_000);
});

describe("the sum (no-JavaScript path)", () => {
  it("offers the terms of a one-digit sum (the page words them) with a token that does not contain the answer", async () => {
    const { arithmetic, enabled } = await createCaptcha(here);
    expect(enabled).toBe(true);
    expect(Object.keys(arithmetic!).sort()).toEqual(["a", "b", "operator", "token"]);
    expect([arithmetic!.a, arithmetic!.b].every((n) => Number.isInteger(n) && n >= 1 && n <= 9)).toBe(true);
    expect(["plus", "minus"]).toContain(arithmetic!.operator);
    expect(arithmetic!.token.split(".")).toHaveLength(5);
  });

  it("accepts the right answer once, also typed full-width or in Chinese numerals", async () => {
    const { arithmetic } = await createCaptcha(here);
    const answer = answerSum(arithmetic!);
    const fullWidth = answer.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(await verifyCaptcha({ token: arithmetic!.token, answer: ` ${fullWidth} ` }, atForm())).toBe(true);
    expect(await verifyCaptcha({ token: arithmetic!.token, answer }, atForm())).toBe(false);
  });

  it("spends the token on a wrong answer: one guess per question", async () => {
    const { token, answer } = await solvedSum(here);
    expect(await verifyCaptcha({ token, answer: String(Number(answer) + 1) }, atForm())).toBe(false);
    expect(await verifyCaptcha({ token, answer }, atForm())).toBe(false);
  });

  it("is never accepted by the JSON API, even answered right", async () => {
    const solved = await solvedSum(here);
    expect(await verifyCaptcha(solved, { ...atForm(), channel: "api" })).toBe(false);
  });

  it("is refused from another client or at another form, and then still works where it was printed", async () => {
    const solved = await solvedSum(here);
    expect(await verifyCaptcha(solved, { ...atForm(), client: "192.0.2.11" })).toBe(false);
    expect(await verifyCaptcha(solved, { ...atForm(), form: "register" })).toBe(false);
    // Refused before it was spent: a token carried elsewhere cannot burn the owner's question.
    expect(await verifyCaptcha(solved, atForm())).toBe(true);
  });

  it("refuses an expired or forged token: five minutes at most", async () => {
    const past = new Date(Date.now() - 5 * 60 * 1000 - 1000);
    const old = await createCaptcha({ ...here, now: past });
    expect(await verifyCaptcha({ token: old.arithmetic!.token, answer: answerSum(old.arithmetic!) }, atForm())).toBe(false);
    expect(await verifyCaptcha({ token: "a2.9999999999.abc.def.ghi", answer: "3" }, atForm())).toBe(false);
    expect(await verifyCaptcha(null, atForm())).toBe(false);
  });
});

describe("CAPTCHA=off", () => {
  it("passes every check and offers nothing to solve", async () => {
    process.env.CAPTCHA = "off";
    resetEnvCache();
    try {
      expect(await createCaptcha(here)).toEqual({ enabled: false, altcha: null, arithmetic: null });
      expect(await verifyCaptcha(null, atForm())).toBe(true);
    } finally {
      process.env.CAPTCHA = "on";
      resetEnvCache();
    }
  });
});
