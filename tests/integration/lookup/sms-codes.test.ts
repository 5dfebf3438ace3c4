// One-time SMS codes against a real database: single use, expiry, purpose binding, at most five
// compared guesses however many arrive at once, resend cooldown and daily cap.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { SMS_DAILY_CAP, SMS_MAX_ATTEMPTS } from "@/lib/sms/code-rules";
import { issueSmsCode, verifySmsCode } from "@/lib/sms/codes";
import { SmsCodeError } from "@/lib/sms/errors";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { mobile } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const now = new Date("2026-11-29T03:00:00.000Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

async function issued(purpose: "lookup" | "register" = "lookup", when = now) {
  const to = mobile();
  const { challenge } = await issueSmsCode({ db: t.db, mobile: to, purpose, now: when });
  const sent = await findLastSmsCode({ db: t.db, mobile: to });
  return { to, challenge, code: sent!.code! };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SmsCodeError);
  return (error as SmsCodeError).code;
}

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("issueSmsCode", () => {
  it("sends six digits through the outbox and stores only a hash", async () => {
    const { to, challenge, code } = await issued();
    expect(code).toMatch(/^\d{6}$/);
    const message = await t.db.smsMessage.findFirstOrThrow({ where: { mobile: to }, select: { body: true, purpose: true } });
    expect(message).toMatchObject({ purpose: "lookup" });
    expect(message.body).toContain(code);
    const row = await t.db.smsCode.findUniqueOrThrow({ where: { id: challenge }, select: { codeHash: true, mobile: true, expiresAt: true } });
    expect(row.codeHash).not.toContain(code);
    expect(row.mobile).toBe(to);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(10 * 60 * 1000);
  });

  it("refuses a resend within 60 seconds for the same purpose, naming the wait", async () => {
    const to = mobile();
    await issueSmsCode({ db: t.db, mobile: to, purpose: "lookup", now });
    const error = await issueSmsCode({ db: t.db, mobile: to, purpose: "lookup", now: at(20) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(40);
    await expect(issueSmsCode({ db: t.db, mobile: to, purpose: "register", now: at(20) })).resolves.toHaveProperty("challenge");
    await expect(issueSmsCode({ db: t.db, mobile: to, purpose: "lookup", now: at(61) })).resolves.toHaveProperty("challenge");
  });

  it("caps the codes per mobile per day across purposes", async () => {
    const to = mobile();
    for (let i = 0; i < SMS_DAILY_CAP; i += 1) await issueSmsCode({ db: t.db, mobile: to, purpose: "lookup", now: at(i * 61) });
    const error = await issueSmsCode({ db: t.db, mobile: to, purpose: "reset", now: at(SMS_DAILY_CAP * 61) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "sms.dailyCap" });
    expect(await t.db.smsMessage.count({ where: { mobile: to } })).toBe(SMS_DAILY_CAP);
  });
});

describe("verifySmsCode", () => {
  it("returns the mobile once, then refuses the same code", async () => {
    const { to, challenge, code } = await issued();
    expect(await verifySmsCode({ db: t.db, challenge, code, purpose: "lookup", now: at(30) })).toBe(to);
    expect(await failure(verifySmsCode({ db: t.db, challenge, code, purpose: "lookup", now: at(31) }))).toBe("sms.code.expired");
  });

  it("refuses a code after ten minutes", async () => {
    const { challenge, code } = await issued();
    expect(await failure(verifySmsCode({ db: t.db, challenge, code, purpose: "lookup", now: at(600) }))).toBe("sms.code.expired");
  });

  it("refuses a code sent for another purpose", async () => {
    const { challenge, code } = await issued("register");
    expect(await failure(verifySmsCode({ db: t.db, challenge, code, purpose: "lookup", now }))).toBe("sms.code.expired");
    expect(await verifySmsCode({ db: t.db, challenge, code, purpose: "register", now })).toMatch(/^139/);
  });

  it("refuses malformed codes without spending a try, and unknown challenges", async () => {
    const { challenge, code } = await issued();
    expect(await failure(verifySmsCode({ db: t.db, challenge, code: "12a456", purpose: "lookup", now }))).toBe("sms.code.format");
    expect(await failure(verifySmsCode({ db: t.db, challenge: "nope", code, purpose: "lookup", now }))).toBe("sms.code.expired");
    expect((await t.db.smsCode.findUniqueOrThrow({ where: { id: challenge }, select: { attempts: true } })).attempts).toBe(0);
  });

  it("allows five wrong tries, then not even the right code", async () => {
    const { challenge, code } = await issued();
    for (let i = 0; i < SMS_MAX_ATTEMPTS; i += 1) {
      expect(await failure(verifySmsCode({ db: t.db, challenge, code: otherCode(code), purpose: "lookup", now }))).toBe("sms.code.wrong");
    }
    expect(await failure(verifySmsCode({ db: t.db, challenge, code, purpose: "lookup", now }))).toBe("sms.code.expired");
  });

  it("compares at most five of fifty parallel wrong guesses", async () => {
    const { challenge, code } = await issued();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => failure(verifySmsCode({ db: t.db, challenge, code: otherCode(code), purpose: "lookup", now }))),
    );
    // "wrong" is only ever answered after a comparison; the rest were refused before comparing.
    expect(results.filter((r) => r === "sms.code.wrong").length).toBeLessThanOrEqual(SMS_MAX_ATTEMPTS);
    expect(results.filter((r) => r === "sms.code.wrong").length + results.filter((r) => r === "sms.code.expired").length).toBe(50);
    expect((await t.db.smsCode.findUniqueOrThrow({ where: { id: challenge }, select: { attempts: true } })).attempts).toBe(SMS_MAX_ATTEMPTS);
    expect(await failure(verifySmsCode({ db: t.db, challenge, code, purpose: "lookup", now }))).toBe("sms.code.expired");
  });

  it("lets only one of two parallel right answers through", async () => {
    const { challenge, code } = await issued();
    const results = await Promise.allSettled([1, 2].map(() => verifySmsCode({ db: t.db, challenge, code, purpose: "lookup", now })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});
