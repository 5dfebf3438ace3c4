// Cases for staff beyond the queue (issue 13 §3) on a real database: the search over every case
// (open and decided) by reference, mobile, USCC, login name, status and Beijing days with masked
// results; a decided case's whole history (status and audit events, in order, with names); an
// admin's read without documents; and the help code's caller overview.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideCase } from "@/lib/cases/decide-case";
import { parseCaseSearch } from "@/lib/cases/case-search";
import { getCaseForReview } from "@/lib/cases/get-case-for-review";
import { readCaseDocument } from "@/lib/cases/read-case-document";
import { getCaseOverview } from "@/lib/db/cases/get-case-overview";
import { getCaseTimeline } from "@/lib/db/cases/get-case-timeline";
import { searchCases } from "@/lib/db/cases/search-cases";
import { getCallerOverview } from "@/lib/db/staff/get-caller-overview";
import { createJourney } from "@/lib/db/wizard/create-journey";
import { makeMigratedTorchAccount, makePlatformAccount, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeCase, makeNaturalAccount, makeStaff } from "../staff/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const search = async (params: Record<string, string>) => (await searchCases({ db: t.db, criteria: parseCaseSearch(params).criteria, page: 1 })).cases.map((c) => c.reference);

describe("case search", () => {
  it("finds open and decided cases by each criterion, newest first, masked", async () => {
    const uscc = validUscc();
    const legal = await makePlatformAccount(t.db, { type: "legal", loginName: "Hongxing-Legal", uscc, reservedMobile: "13811112222" });
    const person = await makeNaturalAccount(t.db);
    const older = await makeCase(t.db, { accountId: legal.id, type: "verification-legal", createdAt: new Date("2026-11-10T02:00:00Z"), details: { orgName: "北京红星科技有限公司", uscc } });
    const newer = await makeCase(t.db, { accountId: person.id, createdAt: new Date("2026-11-20T02:00:00Z"), details: { personName: "李四光" } });
    await t.db.case.update({ where: { id: older.id }, data: { status: "rejected", decidedAt: new Date("2026-11-11T02:00:00Z"), contactMobile: "13900001111" } });

    expect(await search({})).toEqual([newer.reference, older.reference]);
    expect(await search({ reference: older.reference.toLowerCase() })).toEqual([older.reference]);
    expect(await search({ uscc: uscc.toLowerCase() })).toEqual([older.reference]);
    expect(await search({ loginName: "hongxing-legal" })).toEqual([older.reference]);
    expect(await search({ mobile: "139-0000-1111" })).toEqual([older.reference]);
    expect(await search({ mobile: "13811112222" })).toEqual([older.reference]);
    expect(await search({ mobile: person.reservedMobile ?? "" })).toEqual([newer.reference]);
    expect(await search({ status: "rejected" })).toEqual([older.reference]);
    expect(await search({ status: "open", from: "2026-11-20", to: "2026-11-20" })).toEqual([newer.reference]);
    expect(await search({ from: "2026-11-21" })).toEqual([]);

    const found = await searchCases({ db: t.db, criteria: parseCaseSearch({ status: "rejected" }).criteria, page: 1 });
    expect(found).toMatchObject({ total: 1, cases: [{ status: "rejected", maskedName: "北京****公司", maskedMobile: "139****1111" }] });
    expect(JSON.stringify(found)).not.toContain("13900001111");
  });

  it("pages through many results", async () => {
    for (let i = 0; i < 22; i += 1) await makeCase(t.db, { accountId: null, type: "appeal-natural", documents: 0, details: { name: "王五" } });
    const criteria = parseCaseSearch({ status: "open" }).criteria;
    const first = await searchCases({ db: t.db, criteria, page: 1 });
    const second = await searchCases({ db: t.db, criteria, page: 2 });
    expect(first.cases).toHaveLength(20);
    expect(second.cases).toHaveLength(first.total - 20);
    expect(new Set([...first.cases, ...second.cases].map((c) => c.reference)).size).toBe(first.total);
  });
});

describe("a decided case's history", () => {
  it("lists status and audit events in order with who did what", async () => {
    const reviewer = await makeStaff(t.db, { name: "审核员甲" });
    const other = await makeStaff(t.db, { name: "审核员乙" });
    const account = await makeNaturalAccount(t.db);
    const made = await makeCase(t.db, { accountId: account.id, documents: 1 });
    await readCaseDocument({ db: t.db, reference: made.reference, documentId: made.documentIds[0], staffId: other.id });
    await getCaseForReview({ db: t.db, reference: made.reference, staffId: reviewer.id });
    await readCaseDocument({ db: t.db, reference: made.reference, documentId: made.documentIds[0], staffId: reviewer.id });
    await decideCase({ db: t.db, reference: made.reference, staffId: reviewer.id, decision: "rejected", reason: "照片模糊，请重新上传" });

    const timeline = (await getCaseTimeline({ db: t.db, reference: made.reference })) ?? [];
    expect(timeline.map((entry) => [entry.what, entry.result, entry.actor.kind === "staff" ? entry.actor.name : entry.actor.kind])).toEqual([
      ["opened", null, "applicant"],
      ["document.view", "failure", "审核员乙"],
      ["viewed", null, "审核员甲"],
      ["case.view", "success", "审核员甲"],
      ["document.view", "success", "审核员甲"],
      ["rejected", null, "审核员甲"],
    ]);
    expect(timeline.at(-1)?.note).toBe("照片模糊，请重新上传");
    expect(await getCaseTimeline({ db: t.db, reference: "SQ20990101-NOPE00" })).toBeNull();
  });

  it("is readable by an admin without documents, the view audited but unlocking nothing", async () => {
    const admin = await makeStaff(t.db, { role: "admin" });
    const made = await makeCase(t.db, { accountId: null, documents: 2, details: { personName: "张三", idNumber: "110101199001011234" } });
    const overview = await getCaseOverview({ db: t.db, reference: made.reference, staffId: admin.id });
    expect(overview).toMatchObject({ documentCount: 2, details: [{ key: "personName", value: "张三" }, { key: "idNumber", value: "110***********1234" }] });
    expect(await t.db.caseEvent.count({ where: { caseId: made.id, kind: "viewed" } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { type: "case.view", actor: `staff:${admin.id}` } })).toBe(1);
    expect(await readCaseDocument({ db: t.db, reference: made.reference, documentId: made.documentIds[0], staffId: admin.id })).toEqual({ ok: false, status: 403 });
  });
});

describe("the help code's caller overview", () => {
  it("shows the account's status, the migration record and the caller's cases, identifiers masked", async () => {
    const mobile = "13712345678";
    const account = await makePlatformAccount(t.db, { loginName: mobile, reservedMobile: mobile, realNameStatus: "failed" });
    await makeMigratedTorchAccount(t.db, { kind: "personal", username: mobile }, { outcome: "P-R1", loginName: mobile, window: "natural", platformAccountId: account.id, accountCreated: true });
    const own = await makeCase(t.db, { accountId: account.id });
    const appeal = await makeCase(t.db, { accountId: null, type: "appeal-natural" });
    await t.db.case.update({ where: { id: appeal.id }, data: { contactMobile: mobile } });
    const { journey } = await createJourney({ db: t.db, start: { outcome: "P-R1", kind: "personal", identifier: mobile, loginName: mobile, window: "natural" } });

    const overview = await getCallerOverview({ db: t.db, helpCode: journey.helpCode });
    expect(overview?.account).toEqual({ window: "natural", loginName: "137****5678", realNameStatus: "failed" });
    expect(overview?.migration).toMatchObject({ outcome: "P-R1", loginName: "137****5678", window: "natural", accountCreated: true, resolvedAt: null });
    expect(overview?.cases.map((c) => c.reference).sort()).toEqual([own.reference, appeal.reference].sort());
    expect(JSON.stringify(overview)).not.toContain(mobile);
    expect(await getCallerOverview({ db: t.db, helpCode: "000000" })).toBeNull();
  });
});
