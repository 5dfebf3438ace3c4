// Registration (issue 5 §1) end to end below the page: the SMS code (purpose `register`) confirms
// the mobile once, case-insensitive login names, HJ_ reserved, one legal account per USCC; and
// nothing about other accounts is told before the code proves the mobile (issue 12 §2).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/accounts/register-account";
import { checkRegistration } from "@/lib/accounts/registration-rules";
import { sendAccountCode } from "@/lib/accounts/send-account-code";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { issueSmsCode } from "@/lib/sms/codes";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

let mobileSeq = 0;
function nextMobile() {
  mobileSeq += 1;
  return `1370000${String(mobileSeq).padStart(4, "0")}`;
}

async function lastCode(mobile: string): Promise<string> {
  const found = await findLastSmsCode({ db: t.db, mobile });
  if (!found?.code) throw new Error("no code in the outbox");
  return found.code;
}

async function register(
  kind: "natural" | "legal",
  input: { loginName: string; mobile: string; uscc?: string; challenge: string; code: string; now?: Date; client?: string },
) {
  const checked = checkRegistration(kind, {
    mobile: input.mobile,
    loginName: input.loginName,
    password: "Sunny-River-88",
    passwordConfirm: "Sunny-River-88",
    uscc: input.uscc,
    orgName: "某某科技有限公司",
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.fieldErrors));
  return registerAccount({
    db: t.db,
    kind,
    checked: checked.value,
    password: "Sunny-River-88",
    orgName: "某某科技有限公司",
    client: input.client ?? `192.0.2.${(mobileSeq % 250) + 1}`,
    challenge: input.challenge,
    smsCode: input.code,
    now: input.now,
  });
}

describe("registration", () => {
  it("creates a natural account once the SMS code confirms the mobile, and refuses the code again", async () => {
    const mobile = nextMobile();
    const sent = await sendAccountCode({ db: t.db, mobile, purpose: "register", client: "192.0.2.1" });
    if (!sent.ok) throw new Error("not sent");
    const code = await lastCode(mobile);
    const first = await register("natural", { loginName: "Wang_Wu", mobile, challenge: sent.challenge, code });
    expect(first.ok).toBe(true);
    const stored = await t.db.platformAccount.findFirstOrThrow({ where: { loginNameKey: "wang_wu" }, select: { loginName: true, reservedMobile: true, passwordHash: true, type: true } });
    expect(stored).toMatchObject({ loginName: "Wang_Wu", reservedMobile: mobile, type: "natural" });
    expect(stored.passwordHash.startsWith("$argon2id$")).toBe(true);
    // The same code a second time, for another name: refused, nothing created.
    const again = await register("natural", { loginName: "Wang_Wu_2", mobile, challenge: sent.challenge, code });
    expect(again).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
    expect(await t.db.platformAccount.count({ where: { loginNameKey: "wang_wu_2" } })).toBe(0);
    const audit = await t.db.auditEvent.findMany({ where: { type: { in: ["register", "sms.send"] } }, select: { detail: true } });
    expect(JSON.stringify(audit)).not.toContain(mobile);
  });

  it("refuses an expired code and a code sent for another purpose", async () => {
    const mobile = nextMobile();
    const sentAt = new Date();
    const { challenge } = await issueSmsCode({ db: t.db, mobile, purpose: "register", now: sentAt });
    const code = await lastCode(mobile);
    const late = await register("natural", { loginName: "late_user", mobile, challenge, code, now: new Date(sentAt.getTime() + 11 * 60_000) });
    expect(late).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });

    const other = nextMobile();
    const reset = await issueSmsCode({ db: t.db, mobile: other, purpose: "reset" });
    const wrongPurpose = await register("natural", { loginName: "purpose_user", mobile: other, challenge: reset.challenge, code: await lastCode(other) });
    expect(wrongPurpose).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
    expect(await t.db.platformAccount.count({ where: { loginNameKey: { in: ["late_user", "purpose_user"] } } })).toBe(0);
  });

  it("refuses a code sent to another mobile than the one on the form", async () => {
    const mine = nextMobile();
    const theirs = nextMobile();
    const { challenge } = await issueSmsCode({ db: t.db, mobile: mine, purpose: "register" });
    const result = await register("natural", { loginName: "swap_user", mobile: theirs, challenge, code: await lastCode(mine) });
    expect(result).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
  });

  it("tells a made-up or wrong code nothing about taken login names or USCCs", async () => {
    const owner = nextMobile();
    const first = await issueSmsCode({ db: t.db, mobile: owner, purpose: "register" });
    const uscc = "91110108MA01ER100K";
    expect((await register("legal", { loginName: "Oracle_Taken", uscc, mobile: owner, challenge: first.challenge, code: await lastCode(owner) })).ok).toBe(true);

    const prober = nextMobile();
    const madeUp = { challenge: "made-up-challenge-0000", code: "123456" };
    expect(await register("natural", { loginName: "oracle_taken", mobile: prober, ...madeUp })).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
    expect(await register("legal", { loginName: "oracle_free", uscc, mobile: prober, ...madeUp })).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
    // A real challenge for the prober's mobile, with a wrong code: still nothing told.
    const real = await issueSmsCode({ db: t.db, mobile: prober, purpose: "register" });
    const code = await lastCode(prober);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(await register("natural", { loginName: "ORACLE_TAKEN", mobile: prober, challenge: real.challenge, code: wrong })).toEqual({
      ok: false,
      fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] },
    });
  });

  it("once the code proves the mobile, says the name is taken and keeps the code for another name", async () => {
    const mobile = nextMobile();
    const { challenge } = await issueSmsCode({ db: t.db, mobile, purpose: "register" });
    const code = await lastCode(mobile);
    const taken = await register("natural", { loginName: "WANG_wu", mobile, challenge, code });
    expect(taken).toEqual({ ok: false, fieldErrors: { loginName: ["fieldErrors.loginNameTaken"] } });
    // The code was not spent by the refused attempt.
    expect((await register("natural", { loginName: "wang_wu_b", mobile, challenge, code })).ok).toBe(true);
    expect((await register("natural", { loginName: "wang_wu_c", mobile, challenge, code })).ok).toBe(false);
  });

  it("limits the final step per client and per client and mobile, without telling anything", async () => {
    const client = "203.0.113.200";
    const results = [];
    for (let i = 0; i < 31; i += 1) results.push(await register("natural", { loginName: `limit_user_${i}`, mobile: nextMobile(), challenge: `none-${i}`, code: "000000", client }));
    expect(results.slice(0, 30).every((r) => !r.ok && "smsCode" in r.fieldErrors)).toBe(true);
    expect(results[30]).toMatchObject({ ok: false, fieldErrors: {}, retryAfterSeconds: expect.any(Number) });

    const mobile = nextMobile();
    const perMobile = [];
    for (let i = 0; i < 11; i += 1) perMobile.push(await register("natural", { loginName: `mobile_user_${i}`, mobile, challenge: `none-m-${i}`, code: "000000", client: "203.0.113.201" }));
    expect(perMobile[9]).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
    expect(perMobile[10]).toMatchObject({ ok: false, fieldErrors: {}, retryAfterSeconds: expect.any(Number) });
  });

  it("lets the honest client register a mobile another client has spent its budget on (issue 12 §7)", async () => {
    const mobile = nextMobile();
    const junk = [];
    for (let i = 0; i < 11; i += 1) junk.push(await register("natural", { loginName: `junk_user_${i}`, mobile, challenge: `junk-${i}`, code: "000000", client: "203.0.113.66" }));
    expect(junk[10]).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });

    const sent = await sendAccountCode({ db: t.db, mobile, purpose: "register", client: "198.51.100.20" });
    if (!sent.ok) throw new Error("not sent");
    const honest = await register("natural", { loginName: "honest_user", mobile, challenge: sent.challenge, code: await lastCode(mobile), client: "198.51.100.20" });
    expect(honest.ok).toBe(true);
  });

  it("keeps a global ceiling of fifty posts an hour per mobile, whatever the clients", async () => {
    const mobile = nextMobile();
    const posts = [];
    for (let i = 0; i < 50; i += 1) posts.push(await register("natural", { loginName: `spread_user_${i}`, mobile, challenge: `spread-${i}`, code: "000000", client: `203.0.114.${i + 1}` }));
    expect(posts.every((r) => !r.ok && "smsCode" in r.fieldErrors)).toBe(true);
    const sent = await issueSmsCode({ db: t.db, mobile, purpose: "register" });
    const refused = await register("natural", { loginName: "ceiling_user", mobile, challenge: sent.challenge, code: await lastCode(mobile), client: "198.51.100.21" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: {}, retryAfterSeconds: expect.any(Number) });
  });

  it("allows one legal account per USCC", async () => {
    const uscc = "91110108MA01ET88XL";
    const m1 = nextMobile();
    const s1 = await issueSmsCode({ db: t.db, mobile: m1, purpose: "register" });
    expect((await register("legal", { loginName: "acme_first", uscc, mobile: m1, challenge: s1.challenge, code: await lastCode(m1) })).ok).toBe(true);
    const m2 = nextMobile();
    const s2 = await issueSmsCode({ db: t.db, mobile: m2, purpose: "register" });
    expect(await register("legal", { loginName: "acme_second", uscc, mobile: m2, challenge: s2.challenge, code: await lastCode(m2) })).toEqual({
      ok: false,
      fieldErrors: { uscc: ["fieldErrors.usccTaken"] },
    });
  });

  it("does not spend the client's hourly budget on presses during the 60 s wait", async () => {
    const client = "198.51.100.77";
    const mobile = nextMobile();
    expect((await sendAccountCode({ db: t.db, mobile, purpose: "register", client })).ok).toBe(true);
    for (let i = 0; i < 5; i += 1) {
      expect(await sendAccountCode({ db: t.db, mobile, purpose: "register", client })).toMatchObject({ ok: false, reason: "cooldown" });
    }
    // One code sent: nineteen more mobiles still fit in the budget of twenty.
    const more = [];
    for (let i = 0; i < 19; i += 1) more.push(await sendAccountCode({ db: t.db, mobile: nextMobile(), purpose: "register", client }));
    expect(more.every((r) => r.ok)).toBe(true);
    expect(await sendAccountCode({ db: t.db, mobile: nextMobile(), purpose: "register", client })).toMatchObject({ ok: false, reason: "client" });
  });

  it("limits the codes one client can send", async () => {
    const results = [];
    for (let i = 0; i < 22; i += 1) results.push(await sendAccountCode({ db: t.db, mobile: nextMobile(), purpose: "register", client: "198.51.100.99" }));
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "client" });
  });
});
