// Both captcha paths against a real database: ALTCHA proof of work (JavaScript) and the Chinese
// sum (no JavaScript); each solved captcha is good once; CAPTCHA=off lets everything through.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaptcha, verifyCaptcha } from "@/lib/captcha/captcha";
import { resetEnvCache } from "@/lib/env";
import { answerSum } from "../../support/captcha";
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

async function solvedAltchaPayload(): Promise<string> {
  const { altcha } = await createCaptcha();
  const solution = await solveChallenge({ challenge: altcha!, deriveKey });
  return Buffer.from(JSON.stringify({ challenge: altcha, solution })).toString("base64");
}

describe("ALTCHA (JavaScript path)", () => {
  it("accepts a solved challenge once", async () => {
    const payload = await solvedAltchaPayload();
    expect(await verifyCaptcha(payload, { db: t.db })).toBe(true);
    expect(await verifyCaptcha(payload, { db: t.db })).toBe(false);
  }, 60_000);

  it("refuses a tampered, unsolved or garbage payload", async () => {
    const payload = await solvedAltchaPayload();
    const decoded = JSON.parse(Buffer.from(payload, "base64").toString());
    // The derived key is the proof of work (checked against its signature); the counter is not.
    const wrongKey = (decoded.solution.derivedKey[0] === "0" ? "1" : "0") + decoded.solution.derivedKey.slice(1);
    const tampered = { ...decoded, solution: { ...decoded.solution, derivedKey: wrongKey } };
    expect(await verifyCaptcha(Buffer.from(JSON.stringify(tampered)).toString("base64"), { db: t.db })).toBe(false);
    const forged = { ...decoded, challenge: { ...decoded.challenge, parameters: { ...decoded.challenge.parameters, cost: 1 } } };
    expect(await verifyCaptcha(Buffer.from(JSON.stringify(forged)).toString("base64"), { db: t.db })).toBe(false);
    expect(await verifyCaptcha(payload, { db: t.db })).toBe(true);
    for (const junk of ["", "not base64 at all", Buffer.from("{}").toString("base64"), "x".repeat(10_000)]) {
      expect(await verifyCaptcha(junk, { db: t.db })).toBe(false);
    }
  }, 60_000);
});

describe("the sum (no-JavaScript path)", () => {
  it("offers a Chinese question with a token that does not contain the answer", async () => {
    const { arithmetic, enabled } = await createCaptcha();
    expect(enabled).toBe(true);
    expect(arithmetic!.question).toMatch(/^\d (加|减) \d 等于几？$/);
    expect(arithmetic!.token.split(".")).toHaveLength(5);
  });

  it("accepts the right answer once, also typed full-width or in Chinese numerals", async () => {
    const { arithmetic } = await createCaptcha();
    const answer = answerSum(arithmetic!.question);
    const fullWidth = answer.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(await verifyCaptcha({ token: arithmetic!.token, answer: ` ${fullWidth} ` }, { db: t.db })).toBe(true);
    expect(await verifyCaptcha({ token: arithmetic!.token, answer }, { db: t.db })).toBe(false);
  });

  it("spends the token on a wrong answer: one guess per question", async () => {
    const { arithmetic } = await createCaptcha();
    const answer = answerSum(arithmetic!.question);
    expect(await verifyCaptcha({ token: arithmetic!.token, answer: String(Number(answer) + 1) }, { db: t.db })).toBe(false);
    expect(await verifyCaptcha({ token: arithmetic!.token, answer }, { db: t.db })).toBe(false);
  });

  it("refuses an expired or forged token", async () => {
    const past = new Date(Date.now() - 11 * 60 * 1000);
    const old = await createCaptcha({ now: past });
    expect(await verifyCaptcha({ token: old.arithmetic!.token, answer: answerSum(old.arithmetic!.question) }, { db: t.db })).toBe(false);
    expect(await verifyCaptcha({ token: "a1.9999999999.abc.def.ghi", answer: "3" }, { db: t.db })).toBe(false);
    expect(await verifyCaptcha(null, { db: t.db })).toBe(false);
  });
});

describe("CAPTCHA=off", () => {
  it("passes every check and offers nothing to solve", async () => {
    process.env.CAPTCHA = "off";
    resetEnvCache();
    try {
      expect(await createCaptcha()).toEqual({ enabled: false, altcha: null, arithmetic: null });
      expect(await verifyCaptcha(null, { db: t.db })).toBe(true);
    } finally {
      process.env.CAPTCHA = "on";
      resetEnvCache();
    }
  });
});
