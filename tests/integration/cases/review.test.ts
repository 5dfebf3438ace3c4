// The reviewer's view of cases (issue 6 §6): the queue oldest first with masked names, opening a
// case records it, details are masked, and a document opens only for a reviewer who opened its case.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCaseForReview } from "@/lib/cases/get-case-for-review";
import { listOpenCases } from "@/lib/cases/list-open-cases";
import { readCaseDocument } from "@/lib/cases/read-case-document";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeCase, makeNaturalAccount, makeStaff } from "../staff/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("listOpenCases", () => {
  it("lists open cases oldest first, filters by type, masks names and leaves decided ones out", async () => {
    const day = (d: number) => new Date(Date.UTC(2026, 10, d, 8));
    const newer = await makeCase(t.db, { accountId: null, createdAt: day(20), details: { personName: "李四光" } });
    const older = await makeCase(t.db, { accountId: null, createdAt: day(10), details: { orgName: "北京红星科技有限公司" }, type: "verification-legal" });
    const decided = await makeCase(t.db, { accountId: null, createdAt: day(5) });
    await t.db.case.update({ where: { id: decided.id }, data: { status: "approved" } });
    const all = await listOpenCases({ db: t.db });
    expect(all.map((c) => c.reference)).toEqual([older.reference, newer.reference]);
    expect(all.map((c) => c.maskedName)).toEqual(["北京****公司", "李**"]);
    expect(all[0]).toMatchObject({ type: "verification-legal", documentCount: 1 });
    expect((await listOpenCases({ db: t.db, type: "verification-natural" })).map((c) => c.reference)).toEqual([newer.reference]);
    expect(JSON.stringify(all)).not.toContain("李四光");
  });
});

describe("getCaseForReview", () => {
  it("records one 'viewed' event per reviewer and an audit entry per view, and masks ID numbers", async () => {
    const reviewer = await makeStaff(t.db);
    const account = await makeNaturalAccount(t.db);
    const made = await makeCase(t.db, { accountId: account.id, documents: 2, details: { personName: "张三", idNumber: "110101199001011234", contactMobile: "13800001234" } });
    const first = await getCaseForReview({ db: t.db, reference: made.reference, staffId: reviewer.id });
    await getCaseForReview({ db: t.db, reference: made.reference, staffId: reviewer.id });
    expect(first?.details).toEqual([
      { key: "personName", value: "张三" },
      { key: "idNumber", value: "110***********1234" },
      { key: "contactMobile", value: "138****1234" },
    ]);
    expect(first?.documents.map((d) => d.slot)).toEqual(["id-front", "id-back"]);
    expect(first?.events.map((e) => [e.kind, e.actor])).toEqual([["opened", "applicant"], ["viewed", reviewer.name]]);
    expect(await t.db.caseEvent.count({ where: { caseId: made.id, kind: "viewed" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { type: "case.view", actor: `staff:${reviewer.id}`, detail: { contains: made.reference } } })).toBe(2);
    expect(JSON.stringify(first)).not.toContain("110101199001011234");
  });
  it("answers null for an unknown reference", async () => {
    const reviewer = await makeStaff(t.db);
    expect(await getCaseForReview({ db: t.db, reference: "SQ20261129-NOPE00", staffId: reviewer.id })).toBeNull();
  });
});

describe("readCaseDocument", () => {
  it("opens a document only to a reviewer who opened its case, through that case's reference", async () => {
    const reviewer = await makeStaff(t.db);
    const stranger = await makeStaff(t.db);
    const editor = await makeStaff(t.db, { role: "editor" });
    const made = await makeCase(t.db, { accountId: null });
    const other = await makeCase(t.db, { accountId: null });
    const [documentId] = made.documentIds;

    expect(await readCaseDocument({ db: t.db, reference: made.reference, documentId, staffId: reviewer.id })).toEqual({ ok: false, status: 403 });
    await getCaseForReview({ db: t.db, reference: made.reference, staffId: reviewer.id });
    const opened = await readCaseDocument({ db: t.db, reference: made.reference, documentId, staffId: reviewer.id });
    expect(opened.ok && opened.bytes.toString()).toBe(`%PDF-1.4 document 0 of ${made.reference}`);
    expect(opened).toMatchObject({ mediaType: "application/pdf", slot: "id-front" });

    // Another reviewer who did not open it, an editor, and a wrong case's URL are refused.
    expect(await readCaseDocument({ db: t.db, reference: made.reference, documentId, staffId: stranger.id })).toEqual({ ok: false, status: 403 });
    expect(await readCaseDocument({ db: t.db, reference: made.reference, documentId, staffId: editor.id })).toEqual({ ok: false, status: 403 });
    await getCaseForReview({ db: t.db, reference: other.reference, staffId: reviewer.id });
    expect(await readCaseDocument({ db: t.db, reference: other.reference, documentId, staffId: reviewer.id })).toEqual({ ok: false, status: 404 });
    expect(await readCaseDocument({ db: t.db, reference: made.reference, documentId: "nope", staffId: reviewer.id })).toEqual({ ok: false, status: 404 });

    await t.db.case.update({ where: { id: made.id }, data: { documentsPurgedAt: new Date() } });
    expect(await readCaseDocument({ db: t.db, reference: made.reference, documentId, staffId: reviewer.id })).toEqual({ ok: false, status: 404 });

    const audit = await t.db.auditEvent.groupBy({ by: ["result"], where: { type: "document.view", detail: { contains: made.reference } }, _count: true });
    expect(Object.fromEntries(audit.map((a) => [a.result, a._count]))).toEqual({ success: 1, failure: 5 });
  });
});
