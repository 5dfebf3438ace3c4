// Making an appeal against a real database and upload folder: the code proves the contact mobile
// and is spent once; documents are cleaned and stored sealed; the case points at the account found
// by the ID number or USCC (or none), and its details are sealed.
import { describe, expect, it } from "vitest";
import { openCaseDetails } from "@/lib/cases/case-details";
import { keyedHash } from "@/lib/crypto/seal";
import { confirmAppealDetails } from "@/lib/recovery/confirm-appeal-details";
import { sendAppealCode } from "@/lib/recovery/send-appeal-code";
import { submitAppeal } from "@/lib/recovery/submit-appeal";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { sampleJpeg, samplePdf, samplePng } from "@/lib/uploads/testing/sample-files";
import { makeAccount } from "../accounts/factories";
import { mobile as freshMobile, validUscc } from "../../support/factories";
import type { TestDatabase } from "../../support/test-db";
import { withDatabaseAndUploadDir } from "../uploads/upload-dir";

let t: TestDatabase;
const uploads = withDatabaseAndUploadDir((created) => (t = created));

let seq = 0;
const client = () => `203.0.113.${(seq += 1)}`;
const ID_NUMBER = "11010519491231002X";

async function contactTicket(kind: "natural" | "legal", extra: { candidates?: number[]; picked?: number | null } = {}) {
  const mobile = freshMobile();
  const sent = await sendAppealCode({ db: t.db, mobile, client: client() });
  if (!sent.ok) throw new Error("limited");
  const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
  return { mobile, code, ticket: { kind, ...extra, contact: { mobile, challenge: sent.challenge } } };
}

describe("a natural appeal", () => {
  it("spends the code, cleans the ID photos and opens a case for the account the ID is verified on", async () => {
    const account = await makeAccount(t.db, { loginName: "lostaccount" });
    await t.db.platformAccount.update({ where: { id: account.id }, data: { idNumberHash: keyedHash(ID_NUMBER), verifiedIdHash: keyedHash(ID_NUMBER), realNameStatus: "verified" } });
    const { mobile, code, ticket } = await contactTicket("natural");
    const input = { kind: "natural" as const, personName: "张三", idNumber: "11010519491231002x", reason: "忘记登录名" };

    const wrong = await confirmAppealDetails({ db: t.db, ticket, input: { ...input, idNumber: "110105194912310021" }, smsCode: code });
    expect(wrong).toEqual({ ok: false, fieldErrors: { idNumber: ["recovery.errors.residentId.checkDigit"] } });
    const confirmed = await confirmAppealDetails({ db: t.db, ticket, input, smsCode: code });
    if (!confirmed.ok) throw new Error("not confirmed");
    expect(await confirmAppealDetails({ db: t.db, ticket, input, smsCode: code })).toEqual({ ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } });

    const missing = await submitAppeal({ db: t.db, kind: "natural", confirmed: confirmed.ticket.confirmed!, files: { "id-front": await sampleJpeg({ gps: true }) }, client: client() });
    expect(missing).toEqual({ ok: false, fileErrors: { "id-back": "missing" } });
    const spoofed = await submitAppeal({ db: t.db, kind: "natural", confirmed: confirmed.ticket.confirmed!, files: { "id-front": await sampleJpeg(), "id-back": Buffer.from("<html><script>alert(1)</script></html>") }, client: client() });
    expect(spoofed).toEqual({ ok: false, fileErrors: { "id-back": "typeNotAllowed" } });

    const result = await submitAppeal({ db: t.db, kind: "natural", confirmed: confirmed.ticket.confirmed!, files: { "id-front": await sampleJpeg({ gps: true }), "id-back": await samplePng() }, client: client() });
    if (!result.ok || !("reference" in result)) throw new Error("not opened");
    const row = await t.db.case.findUniqueOrThrow({ where: { reference: result.reference }, select: { type: true, accountId: true, contactMobile: true, status: true, detailsEnc: true, documents: { select: { slot: true, mediaType: true } } } });
    expect(row).toMatchObject({ type: "appeal-natural", accountId: account.id, contactMobile: mobile, status: "open" });
    expect(row.documents.map((d) => d.slot).sort()).toEqual(["id-back", "id-front"]);
    expect(row.detailsEnc).not.toContain(ID_NUMBER);
    expect(openCaseDetails(row.detailsEnc)).toMatchObject({ personName: "张三", idNumber: ID_NUMBER, reason: "忘记登录名", contactMobile: mobile, loginName: "lostaccount" });
    expect(uploads.files()).toHaveLength(2);
    expect(await t.db.auditEvent.count({ where: { type: "appeal.submit", detail: { contains: result.reference } } })).toBe(1);
  });

  it("opens a case with no account when nothing carries the ID number (the reviewer decides)", async () => {
    const { code, ticket } = await contactTicket("natural");
    const confirmed = await confirmAppealDetails({ db: t.db, ticket, input: { kind: "natural", personName: "李四", idNumber: "110101199003074514", reason: "手机号停用" }, smsCode: code });
    if (!confirmed.ok) throw new Error("not confirmed");
    const result = await submitAppeal({ db: t.db, kind: "natural", confirmed: confirmed.ticket.confirmed!, files: { "id-front": await samplePng(), "id-back": await samplePng() }, client: client() });
    if (!result.ok || !("reference" in result)) throw new Error("not opened");
    expect((await t.db.case.findUniqueOrThrow({ where: { reference: result.reference }, select: { accountId: true } })).accountId).toBeNull();
  });
});

describe("a legal appeal", () => {
  it("points at the legal account of the typed USCC, with the licence and the appeal letter", async () => {
    const uscc = validUscc();
    const account = await makeAccount(t.db, { type: "legal", loginName: "qiyeappeal", uscc, orgName: "北京申诉科技有限公司" });
    const { code, ticket } = await contactTicket("legal", { candidates: [account.id], picked: 0 });
    const confirmed = await confirmAppealDetails({ db: t.db, ticket, input: { kind: "legal", orgName: "北京申诉科技有限公司", uscc: uscc.toLowerCase(), legalRepName: "王五", reason: "联系人离职" }, smsCode: code });
    if (!confirmed.ok) throw new Error("not confirmed");
    expect(confirmed.ticket.confirmed).toMatchObject({ pickedAccountId: account.id, details: { uscc } });
    const result = await submitAppeal({ db: t.db, kind: "legal", confirmed: confirmed.ticket.confirmed!, files: { "business-licence": await sampleJpeg(), "appeal-letter": samplePdf() }, client: client() });
    if (!result.ok || !("reference" in result)) throw new Error("not opened");
    const row = await t.db.case.findUniqueOrThrow({ where: { reference: result.reference }, select: { type: true, accountId: true } });
    expect(row).toEqual({ type: "appeal-legal", accountId: account.id });
  });
});
