// Opening a case on a real database with real sealed files: everything in one transaction, the
// files removed again when it fails, the account 认证中, and the owner's view of their cases.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openCaseDetails } from "@/lib/cases/case-details";
import { CASE_REFERENCE_PATTERN } from "@/lib/cases/case-reference";
import { getAccountCases } from "@/lib/cases/get-account-cases";
import { openCase } from "@/lib/cases/open-case";
import { cleanUpload, type CleanedUpload } from "@/lib/uploads/clean-upload";
import { readDocumentBytes } from "@/lib/uploads/document-store";
import { sampleJpeg, samplePdf } from "@/lib/uploads/testing/sample-files";
import type { TestDatabase } from "../../support/test-db";
import { makeAccount } from "../accounts/factories";
import { withDatabaseAndUploadDir } from "./upload-dir";

let t: TestDatabase;
const uploads = withDatabaseAndUploadDir((created) => (t = created));

async function cleaned(): Promise<CleanedUpload[]> {
  const front = await cleanUpload({ slot: "id-front", bytes: await sampleJpeg() });
  const back = await cleanUpload({ slot: "id-back", bytes: samplePdf() });
  if (!front.ok || !back.ok) throw new Error("fixtures refused");
  return [front.upload, back.upload];
}

const details = { personName: "张三", idType: "resident-id", idNumber: "110101199003071234", failure: "name-mismatch" };

describe("openCase", () => {
  it("stores sealed documents and writes case, documents, history, audit and the pending status together", async () => {
    const account = await makeAccount(t.db);
    const documents = await cleaned();
    const opened = await openCase({ db: t.db, type: "verification-natural", accountId: account.id, contactMobile: null, details, documents, client: "10.0.0.1" });
    expect(opened.reference).toMatch(CASE_REFERENCE_PATTERN);
    const row = await t.db.case.findUniqueOrThrow({
      where: { id: opened.id },
      select: { status: true, type: true, detailsEnc: true, documents: { select: { id: true, slot: true, mediaType: true, size: true, storageKey: true } }, events: { select: { kind: true, actor: true } } },
    });
    expect(row).toMatchObject({ status: "open", type: "verification-natural", events: [{ kind: "opened", actor: "applicant" }] });
    expect(row.detailsEnc).not.toContain("110101199003071234");
    expect(openCaseDetails(row.detailsEnc)).toEqual(details);
    expect(row.documents.map((d) => [d.slot, d.mediaType, d.size])).toEqual(documents.map((d) => [d.slot, d.mediaType, d.bytes.length]));
    for (const [i, document] of row.documents.entries()) {
      expect(document.id.length).toBeGreaterThanOrEqual(22);
      expect((await readDocumentBytes(document.storageKey)).equals(documents[i].bytes)).toBe(true);
      // On disk the file is sealed: not even the PDF header shows.
      const raw = readFileSync(path.join(uploads.dir, `${document.storageKey}.bin`));
      expect(raw.includes(Buffer.from("%PDF"))).toBe(false);
    }
    const after = await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { realNameStatus: true } });
    expect(after.realNameStatus).toBe("pending");
    const audit = await t.db.auditEvent.findMany({ where: { actor: `account:${account.id}` }, select: { type: true, detail: true } });
    expect(audit.map((a) => a.type).sort()).toEqual(["case.open", "document.upload", "document.upload"]);
    expect(audit.every((a) => !(a.detail ?? "").includes("110101"))).toBe(true);
  });

  it("opens one verification case per account at a time", async () => {
    const account = await makeAccount(t.db);
    const results = await Promise.allSettled([1, 2].map(async () => openCase({ db: t.db, type: "verification-natural", accountId: account.id, contactMobile: null, details, documents: await cleaned() })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.case.count({ where: { accountId: account.id } })).toBe(1);
  });

  it("removes the files it stored when the transaction fails", async () => {
    const before = uploads.files().length;
    await expect(openCase({ db: t.db, type: "verification-natural", accountId: 987_654, contactMobile: null, details, documents: await cleaned() })).rejects.toThrow();
    expect(uploads.files().length).toBe(before);
    expect(await t.db.case.count({ where: { accountId: 987_654 } })).toBe(0);
  });

  it("opens an appeal without an account and without touching any status", async () => {
    const opened = await openCase({ db: t.db, type: "appeal-natural", accountId: null, contactMobile: "13900000123", details: { reason: "忘记登录名" }, documents: await cleaned() });
    const row = await t.db.case.findUniqueOrThrow({ where: { id: opened.id }, select: { contactMobile: true, accountId: true } });
    expect(row).toEqual({ contactMobile: "13900000123", accountId: null });
  });
});

describe("getAccountCases", () => {
  it("lists the owner's verification cases newest first, with a rejection's reason and the kept documents", async () => {
    const account = await makeAccount(t.db);
    const other = await makeAccount(t.db);
    const first = await openCase({ db: t.db, type: "verification-natural", accountId: account.id, contactMobile: null, details, documents: await cleaned(), now: new Date("2026-11-01T00:00:00Z") });
    await t.db.case.update({ where: { id: first.id }, data: { status: "rejected", decisionReason: "照片不清晰", decidedAt: new Date(), documentsPurgedAt: new Date() } });
    // What the rejection's effect does: the account may try again.
    await t.db.platformAccount.update({ where: { id: account.id }, data: { realNameStatus: "failed" } });
    const second = await openCase({ db: t.db, type: "verification-natural", accountId: account.id, contactMobile: null, details, documents: await cleaned() });
    await openCase({ db: t.db, type: "verification-natural", accountId: other.id, contactMobile: null, details, documents: await cleaned() });
    await openCase({ db: t.db, type: "appeal-natural", accountId: account.id, contactMobile: "13900000124", details: {}, documents: [] });
    const cases = await getAccountCases({ db: t.db, accountId: account.id });
    expect(cases.map((c) => [c.reference, c.status, c.rejectionReason, c.documents.length])).toEqual([
      [second.reference, "open", null, 2],
      [first.reference, "rejected", "照片不清晰", 0],
    ]);
  });
});
