// The two things an appeal's applicant does without logging in: check the status with the
// reference, the mobile and a code; and, once approved, set a new password through a single-use link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseCaseReference } from "@/lib/cases/case-reference";
import { sealText } from "@/lib/crypto/seal";
import { verifyPassword } from "@/lib/passwords";
import { createPasswordSetGrant } from "@/lib/recovery/create-password-set-grant";
import { findPasswordSetGrant } from "@/lib/recovery/find-password-set-grant";
import { readAppealStatus } from "@/lib/recovery/read-appeal-status";
import { sendStatusCode } from "@/lib/recovery/send-status-code";
import { setPasswordWithGrant } from "@/lib/recovery/set-password-with-grant";
import { openStatusTicket } from "@/lib/recovery/status-ticket";
import { createSession } from "@/lib/sessions/create-session";
import { validateSession } from "@/lib/sessions/validate-session";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { makeAccount } from "../accounts/factories";
import { mobile as freshMobile } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

let seq = 0;
const client = () => `198.51.100.${(seq += 1)}`;
const PASSWORD = "Fresh-Garden-77";

async function makeAppeal(spec: { contactMobile: string; status?: string; decisionReason?: string; accountId?: number }) {
  seq += 1;
  return t.db.case.create({
    data: {
      reference: `SQ20261129-T${String(seq).padStart(5, "0")}`,
      type: "appeal-natural",
      status: spec.status ?? "open",
      contactMobile: spec.contactMobile,
      detailsEnc: sealText("{}"),
      accountId: spec.accountId ?? null,
      decisionReason: spec.decisionReason ?? null,
      decidedAt: spec.status && spec.status !== "open" ? new Date() : null,
    },
    select: { id: true, reference: true },
  });
}

let minute = 0;
async function checkStatus(reference: string, mobile: string, code?: (m: string) => Promise<string>) {
  const c = client();
  // A minute apart each: one code per mobile per minute.
  const now = new Date(Date.now() + (minute += 1) * 61_000);
  const sent = await sendStatusCode({ db: t.db, reference, mobile, client: c, now });
  if (!sent.ok) throw new Error("limited");
  const smsCode = code ? await code(mobile) : "123456";
  return readAppealStatus({ db: t.db, ticket: openStatusTicket(sent.ticket, now)!, smsCode, client: c, now });
}

const outboxCode = async (mobile: string) => (await findLastSmsCode({ db: t.db, mobile }))!.code!;

describe("查询申诉进度", () => {
  it("shows a rejected appeal's reason after the code sent to the appeal's mobile", async () => {
    const mobile = freshMobile();
    const appeal = await makeAppeal({ contactMobile: mobile, status: "rejected", decisionReason: "身份证照片不清晰" });
    const right = await checkStatus(normaliseCaseReference(` ${appeal.reference.toLowerCase()} `), mobile, outboxCode);
    expect(right).toMatchObject({ ok: true, status: { reference: appeal.reference, status: "rejected", reason: "身份证照片不清晰" } });
  });

  it("answers an unknown reference or another mobile the same as a wrong code, and texts nobody", async () => {
    const mobile = freshMobile();
    const appeal = await makeAppeal({ contactMobile: mobile });
    const stranger = freshMobile();
    expect(await checkStatus("SQ20991231-NOPE00", stranger)).toEqual({ ok: false, reason: "code" });
    expect(await checkStatus(appeal.reference, stranger)).toEqual({ ok: false, reason: "code" });
    expect(await findLastSmsCode({ db: t.db, mobile: stranger })).toBeNull();
    expect(await checkStatus(appeal.reference, mobile)).toEqual({ ok: false, reason: "code" });
    const now = new Date(Date.now() + (minute += 1) * 61_000);
    await sendStatusCode({ db: t.db, reference: appeal.reference, mobile: stranger, client: client(), now });
    expect(await sendStatusCode({ db: t.db, reference: appeal.reference, mobile: stranger, client: client(), now })).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });
});

describe("password-set grants", () => {
  it("set the password once, end every session, and refuse a second use", async () => {
    const mobile = freshMobile();
    const account = await makeAccount(t.db, { loginName: "granted1", reservedMobile: mobile });
    const session = await createSession({ db: t.db, accountId: account.id });
    const appeal = await makeAppeal({ contactMobile: mobile, status: "approved", accountId: account.id });
    const { token } = await createPasswordSetGrant({ db: t.db, accountId: account.id, caseId: appeal.id });
    expect(await findPasswordSetGrant({ db: t.db, token })).toEqual({ loginName: "granted1", type: "natural" });
    expect(await t.db.passwordSetGrant.count({ where: { id: token } })).toBe(0);

    const weak = await setPasswordWithGrant({ db: t.db, token, newPassword: "granted1!A", newPasswordConfirm: "granted1!A", client: client() });
    expect(weak).toMatchObject({ ok: false, reason: "policy", fieldErrors: { newPassword: ["passwordPolicy.containsPersonalData"] } });

    expect(await setPasswordWithGrant({ db: t.db, token, newPassword: PASSWORD, newPasswordConfirm: PASSWORD, client: client() })).toEqual({ ok: true, window: "natural" });
    const stored = await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { passwordHash: true, passwordChangedAt: true } });
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(true);
    expect(stored.passwordChangedAt).not.toBeNull();
    expect(await validateSession({ db: t.db, token: session.token })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { type: "password.set", actor: `account:${account.id}` } })).toBe(1);

    expect(await setPasswordWithGrant({ db: t.db, token, newPassword: "Other-Garden-88", newPasswordConfirm: "Other-Garden-88", client: client() })).toEqual({ ok: false, reason: "invalidLink" });
    expect(await findPasswordSetGrant({ db: t.db, token })).toBeNull();
  });

  it("expire, and a newer grant replaces an older one", async () => {
    const account = await makeAccount(t.db, { loginName: "granted2" });
    const issued = new Date();
    const old = await createPasswordSetGrant({ db: t.db, accountId: account.id, caseId: null, now: issued });
    const late = new Date(issued.getTime() + 24 * 3600_000 + 1000);
    expect(await setPasswordWithGrant({ db: t.db, token: old.token, newPassword: PASSWORD, newPasswordConfirm: PASSWORD, client: client(), now: late })).toEqual({ ok: false, reason: "invalidLink" });
    const newer = await createPasswordSetGrant({ db: t.db, accountId: account.id, caseId: null });
    expect(await findPasswordSetGrant({ db: t.db, token: old.token })).toBeNull();
    expect(await findPasswordSetGrant({ db: t.db, token: newer.token })).not.toBeNull();
  });

  it("let only one of two parallel submits through", async () => {
    const account = await makeAccount(t.db, { loginName: "granted3" });
    const { token } = await createPasswordSetGrant({ db: t.db, accountId: account.id, caseId: null });
    const results = await Promise.all(
      ["Para-Garden-11", "Para-Garden-22"].map((p) => setPasswordWithGrant({ db: t.db, token, newPassword: p, newPasswordConfirm: p, client: client() })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
