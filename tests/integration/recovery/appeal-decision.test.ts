// Deciding appeals through the shared decision flow: approval sends a single-use set-password link
// (and the login name) to the contact mobile, which becomes a natural account's reserved mobile;
// the link sets the password once; rejection points to the status page, which shows the reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideCase } from "@/lib/cases/decide-case";
import { getCaseForReview } from "@/lib/cases/get-case-for-review";
import { verifyPassword } from "@/lib/passwords";
import { setPasswordWithGrant } from "@/lib/recovery/set-password-with-grant";
import { makeAccount } from "../accounts/factories";
import { mobile as freshMobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeCase, makeStaff } from "../staff/factories";

let t: TestDatabase;
let reviewerId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  reviewerId = (await makeStaff(t.db)).id;
});
afterAll(async () => {
  await t.drop();
});

async function openedAppeal(type: "appeal-natural" | "appeal-legal", accountId: number | null, contactMobile: string) {
  const made = await makeCase(t.db, { type, accountId, details: { personName: "张三", reason: "忘记登录名" }, documents: 0 });
  await t.db.case.update({ where: { id: made.id }, data: { contactMobile } });
  await getCaseForReview({ db: t.db, reference: made.reference, staffId: reviewerId });
  return made;
}

const decide = (reference: string, decision: "approved" | "rejected", reason: string | null = null) =>
  decideCase({ db: t.db, reference, staffId: reviewerId, decision, reason });

const lastBody = async (mobile: string) =>
  (await t.db.smsMessage.findFirstOrThrow({ where: { mobile, purpose: "appeal-decision" }, orderBy: { id: "desc" }, select: { body: true } })).body;

describe("approving an appeal", () => {
  it("texts a single-use link and the login name to the new mobile, which becomes the reserved one", async () => {
    const account = await makeAccount(t.db, { loginName: "appealer1", reservedMobile: freshMobile() });
    const contact = freshMobile();
    const made = await openedAppeal("appeal-natural", account.id, contact);
    expect(await decide(made.reference, "approved")).toMatchObject({ noticesSent: 1 });

    const body = await lastBody(contact);
    expect(body).toContain("appealer1");
    expect(body).toContain(made.reference);
    const token = /\/recovery\/set-password\/([A-Za-z0-9_-]{43})/.exec(body)?.[1];
    expect(token).toBeDefined();
    const stored = await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { reservedMobile: true } });
    expect(stored.reservedMobile).toBe(contact);
    const grants = await t.db.passwordSetGrant.findMany({ where: { accountId: account.id }, select: { id: true, caseId: true } });
    expect(grants).toEqual([{ id: expect.not.stringContaining(token!), caseId: made.id }]);

    const set = await setPasswordWithGrant({ db: t.db, token: token!, newPassword: "Spring-River-55", newPasswordConfirm: "Spring-River-55", client: "10.0.0.1" });
    expect(set).toEqual({ ok: true, window: "natural" });
    const after = await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { passwordHash: true } });
    expect(await verifyPassword(after.passwordHash, "Spring-River-55")).toBe(true);
  });

  it("keeps a legal account's reserved mobile and still texts the link to the contact mobile", async () => {
    const reserved = freshMobile();
    const account = await makeAccount(t.db, { type: "legal", loginName: "legalappealer", reservedMobile: reserved, uscc: validUscc(), orgName: "某单位" });
    const contact = freshMobile();
    const made = await openedAppeal("appeal-legal", account.id, contact);
    await decide(made.reference, "approved");
    expect(await lastBody(contact)).toContain("legalappealer");
    expect((await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { reservedMobile: true } })).reservedMobile).toBe(reserved);
  });

  it("cannot approve an appeal matched to no account: the case stays open, nothing is sent", async () => {
    const contact = freshMobile();
    const made = await openedAppeal("appeal-natural", null, contact);
    await expect(decide(made.reference, "approved")).rejects.toMatchObject({ code: "case.noAccount" });
    expect((await t.db.case.findUniqueOrThrow({ where: { id: made.id }, select: { status: true } })).status).toBe("open");
    expect(await t.db.smsMessage.count({ where: { mobile: contact } })).toBe(0);
  });
});

describe("rejecting an appeal", () => {
  it("keeps the reason for the status page and points the applicant to it", async () => {
    const contact = freshMobile();
    const made = await openedAppeal("appeal-natural", null, contact);
    await decide(made.reference, "rejected", "身份证照片不清晰，请重新拍摄后再次申诉。");
    expect(await lastBody(contact)).toContain("查询申诉进度");
    const row = await t.db.case.findUniqueOrThrow({ where: { id: made.id }, select: { status: true, decisionReason: true } });
    expect(row).toEqual({ status: "rejected", decisionReason: "身份证照片不清晰，请重新拍摄后再次申诉。" });
    expect(await t.db.passwordSetGrant.count({ where: { caseId: made.id } })).toBe(0);
  });
});
