// 登录名重置密码 against a real database: codes are single-use, expire, belong to one account and
// one purpose; a reset ends every session; an unknown name gets the same answers as a known one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmMobileCode } from "@/lib/accounts/confirm-mobile-code";
import { verifyPassword } from "@/lib/passwords";
import { openResetTicket, sealResetTicket, type ResetTicket } from "@/lib/recovery/reset-ticket";
import { resetPassword } from "@/lib/recovery/reset-password";
import { sendResetCode } from "@/lib/recovery/send-reset-code";
import { startReset } from "@/lib/recovery/start-reset";
import { createSession } from "@/lib/sessions/create-session";
import { validateSession } from "@/lib/sessions/validate-session";
import { issueSmsCode } from "@/lib/sms/codes";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { makeAccount } from "../accounts/factories";
import { mobile as freshMobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

let clientSeq = 0;
const client = () => `192.0.2.${(clientSeq += 1)}`;
const NEW_PASSWORD = "Fresh-Garden-77";

type SentTicket = ResetTicket & { sent: NonNullable<ResetTicket["sent"]> };

async function askForCode(kind: "natural" | "legal", loginName: string, details: { mobile: string; orgName?: string; uscc?: string }, now?: Date) {
  const c = client();
  const started = await startReset({ db: t.db, kind, loginName, client: c, now });
  if (!started.ok) throw new Error("limited");
  const sent = await sendResetCode({
    db: t.db,
    ticket: openResetTicket(started.ticket, now)!,
    details: { mobile: details.mobile, orgName: details.orgName ?? null, uscc: details.uscc ?? null },
    client: c,
    now,
  });
  if (!sent.ok) throw new Error("limited");
  return { started, sent, ticket: openResetTicket(sent.ticket, now) as SentTicket };
}

const submit = (ticket: SentTicket, smsCode: string, now?: Date) =>
  resetPassword({ db: t.db, ticket, smsCode, newPassword: NEW_PASSWORD, newPasswordConfirm: NEW_PASSWORD, client: client(), now });

describe("登录名重置密码", () => {
  it("resets a natural account's password with the code, ends every session and tells the mobile", async () => {
    const mobile = freshMobile();
    const account = await makeAccount(t.db, { loginName: "ResetMe1", reservedMobile: mobile });
    const sessions = [await createSession({ db: t.db, accountId: account.id }), await createSession({ db: t.db, accountId: account.id })];
    const { ticket } = await askForCode("natural", "resetme1", { mobile });
    const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    expect(await submit(ticket, code)).toEqual({ ok: true });

    const stored = await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { passwordHash: true, passwordChangedAt: true } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(stored.passwordChangedAt).not.toBeNull();
    for (const s of sessions) expect(await validateSession({ db: t.db, token: s.token })).toBeNull();
    const notice = await t.db.smsMessage.findFirst({ where: { mobile, purpose: "reset-notice" }, select: { body: true } });
    expect(notice?.body).toContain("密码已重置");
    const audit = await t.db.auditEvent.findMany({ where: { type: "password.reset", result: "success", actor: `account:${account.id}` }, select: { detail: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).not.toContain(mobile);
  });

  it("spends a code once", async () => {
    const mobile = freshMobile();
    await makeAccount(t.db, { loginName: "resetonce", reservedMobile: mobile });
    const { ticket } = await askForCode("natural", "resetonce", { mobile });
    const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    expect(await submit(ticket, code)).toEqual({ ok: true });
    expect(await submit(ticket, code)).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
  });

  it("refuses a code after it expired (injected clock)", async () => {
    const mobile = freshMobile();
    await makeAccount(t.db, { loginName: "resetlate", reservedMobile: mobile });
    const sentAt = new Date();
    const { ticket } = await askForCode("natural", "resetlate", { mobile }, sentAt);
    const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    const later = new Date(sentAt.getTime() + 10 * 60_000 + 1000);
    expect(await submit(ticket, code, later)).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
  });

  it("does not let a code sent for one account reset another, even on the same mobile", async () => {
    const mobile = freshMobile();
    const a = await makeAccount(t.db, { loginName: "sharedmob-a", reservedMobile: mobile, password: "Old-Pass-A-1" });
    const b = await makeAccount(t.db, { loginName: "sharedmob-b", reservedMobile: mobile, password: "Old-Pass-B-1" });
    const forA = await askForCode("natural", "sharedmob-a", { mobile });
    const codeForA = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    const forB = await askForCode("natural", "sharedmob-b", { mobile }, new Date(Date.now() + 61_000));
    const codeForB = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    // Each ticket carries its own account's challenge, sealed (AES-GCM): A's code answers only A's.
    expect(forA.ticket.sent.challenge).not.toBe(forB.ticket.sent.challenge);
    if (codeForA !== codeForB) {
      expect(await submit(forB.ticket, codeForA)).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });
    }
    // A ticket of B with its login name swapped for A's no longer opens (tampering breaks the seal).
    const sealed = sealResetTicket(forB.ticket);
    const swapped = sealed.slice(0, -3) + (sealed.endsWith("AAA") ? "BBB" : "AAA");
    expect(openResetTicket(swapped)).toBeNull();
    const hashes = await t.db.platformAccount.findMany({ where: { id: { in: [a.id, b.id] } }, select: { passwordHash: true } });
    for (const h of hashes) expect(await verifyPassword(h.passwordHash, NEW_PASSWORD)).toBe(false);
  });

  it("accepts only codes of the purpose reset, and its codes serve no other purpose", async () => {
    const mobile = freshMobile();
    const account = await makeAccount(t.db, { loginName: "resetpurpose", reservedMobile: mobile });
    const registerCode = await issueSmsCode({ db: t.db, mobile, purpose: "register" });
    const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    const ticket: SentTicket = {
      kind: "natural",
      loginName: "resetpurpose",
      nameKey: "resetpurpose",
      sent: { mobile, orgName: null, uscc: null, challenge: registerCode.challenge, accountId: account.id },
    };
    expect(await submit(ticket, code)).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });

    const { ticket: real } = await askForCode("natural", "resetpurpose", { mobile }, new Date(Date.now() + 61_000));
    const resetCode = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    expect(await confirmMobileCode({ db: t.db, challenge: real.sent.challenge, code: resetCode, mobile, purpose: "register" })).toBe(false);
  });

  it("answers an unknown name, a wrong kind and wrong details exactly like a known one, and sends nothing", async () => {
    const mobile = freshMobile();
    await makeAccount(t.db, { loginName: "knownname", reservedMobile: mobile });
    const known = await askForCode("natural", "knownname", { mobile });
    const knownCode = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    const wrongCode = knownCode === "000000" ? "000001" : "000000";

    const strangerMobile = freshMobile();
    const cases = [
      await askForCode("natural", "nobody-has-this-name", { mobile: strangerMobile }),
      await askForCode("legal", "knownname", { mobile, orgName: "某单位", uscc: validUscc() }, new Date(Date.now() + 61_000)),
    ];
    for (const other of cases) {
      expect(Object.keys(other.started).sort()).toEqual(Object.keys(known.started).sort());
      expect(Object.keys(other.sent).sort()).toEqual(Object.keys(known.sent).sort());
      expect(other.sent.ticket.length).toBeGreaterThan(0);
      expect(await submit(other.ticket, "123456")).toEqual(await submit(known.ticket, wrongCode));
    }
    expect(await findLastSmsCode({ db: t.db, mobile: strangerMobile })).toBeNull();
  });

  it("resets a legal account only with the matching organisation name and USCC", async () => {
    const mobile = freshMobile();
    const uscc = validUscc();
    await makeAccount(t.db, { type: "legal", loginName: "legalreset", reservedMobile: mobile, orgName: "北京红星科技有限公司", uscc });
    await askForCode("legal", "legalreset", { mobile, orgName: "北京红星科技", uscc });
    expect(await findLastSmsCode({ db: t.db, mobile })).toBeNull();
    const { ticket } = await askForCode("legal", "LegalReset", { mobile, orgName: " 北京红星科技有限公司 ", uscc: uscc.toLowerCase() }, new Date(Date.now() + 61_000));
    const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    expect(await submit(ticket, code)).toEqual({ ok: true });
  });

  it("keeps the code when the new password fails the policy, and limits requests per mobile", async () => {
    const mobile = freshMobile();
    await makeAccount(t.db, { loginName: "policyfirst", reservedMobile: mobile });
    const { ticket } = await askForCode("natural", "policyfirst", { mobile });
    const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    const weak = await resetPassword({ db: t.db, ticket, smsCode: code, newPassword: "policyfirst1", newPasswordConfirm: "x", client: client() });
    expect(weak.ok).toBe(false);
    expect(weak).toHaveProperty("fieldErrors.newPassword");
    expect(weak).toHaveProperty("fieldErrors.newPasswordConfirm");
    expect(await submit(ticket, code)).toEqual({ ok: true });

    const again = await sendResetCode({ db: t.db, ticket: openResetTicket(sealResetTicket(ticket))!, details: { mobile, orgName: null, uscc: null }, client: client() });
    expect(again).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });
});
