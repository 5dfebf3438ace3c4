// 上传自然人信息 / 上传法人信息 on a real database and real sealed files: a case opens only when the
// upload is open to the account, hostile files are refused by slot, the owner (and nobody else)
// reads the documents back, and the retention purge deletes them.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { purgeDecidedDocuments } from "@/lib/cases/purge-decided-documents";
import { readOwnDocument } from "@/lib/cases/read-own-document";
import { openCaseDetails } from "@/lib/cases/case-details";
import { HTML_PAGE, sampleJpeg, samplePdf } from "@/lib/uploads/testing/sample-files";
import { saveNaturalIdentity } from "@/lib/verification/save-natural-identity";
import { naturalIdentitySchema } from "@/lib/verification/schemas";
import { submitVerificationDocuments } from "@/lib/verification/submit-verification-documents";
import type { TestDatabase } from "../../support/test-db";
import { withDatabaseAndUploadDir } from "../uploads/upload-dir";
import { naturalAccount, residentId } from "./support";

let t: TestDatabase;
const uploads = withDatabaseAndUploadDir((created) => (t = created));

/** A natural account whose automatic check failed (nobody in the registry): ready to upload. */
async function failedAccount() {
  const account = await naturalAccount(t.db);
  const idNumber = residentId();
  const input = naturalIdentitySchema.parse({ personName: "陈七", idType: "resident-id", idNumber });
  expect((await saveNaturalIdentity({ db: t.db, accountId: account.id, input })).outcome).toBe("failed");
  return { id: account.id, idNumber };
}

const photos = async () => ({ "id-front": await sampleJpeg({ gps: true }), "id-back": samplePdf() });

describe("submitVerificationDocuments", () => {
  it("is closed until the data was saved and checked", async () => {
    const fresh = await naturalAccount(t.db);
    expect(await submitVerificationDocuments({ db: t.db, accountId: fresh.id, files: await photos() })).toEqual({ ok: false, state: "needsIdentity" });
  });

  it("refuses hostile or missing files by slot and opens nothing", async () => {
    const account = await failedAccount();
    const result = await submitVerificationDocuments({ db: t.db, accountId: account.id, files: { "id-front": HTML_PAGE, "id-back": null } });
    expect(result).toEqual({ ok: false, errors: { "id-back": "missing" } });
    const spoofed = await submitVerificationDocuments({ db: t.db, accountId: account.id, files: { "id-front": HTML_PAGE, "id-back": samplePdf() } });
    expect(spoofed).toEqual({ ok: false, errors: { "id-front": "typeNotAllowed" } });
    expect(await t.db.case.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("opens a case with the saved data, makes the account 认证中, and refuses a second one", async () => {
    const account = await failedAccount();
    const result = await submitVerificationDocuments({ db: t.db, accountId: account.id, files: await photos(), client: "10.0.0.3" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const opened = await t.db.case.findUniqueOrThrow({ where: { reference: result.reference }, select: { type: true, detailsEnc: true, documents: { select: { slot: true } } } });
    expect(opened.type).toBe("verification-natural");
    expect(openCaseDetails(opened.detailsEnc)).toEqual({ personName: "陈七", idType: "resident-id", idNumber: account.idNumber, failure: "id-not-found" });
    expect(opened.documents.map((d) => d.slot).sort()).toEqual(["id-back", "id-front"]);
    expect((await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { realNameStatus: true } })).realNameStatus).toBe("pending");
    expect(await submitVerificationDocuments({ db: t.db, accountId: account.id, files: await photos() })).toEqual({ ok: false, state: "pending" });
  });
});

describe("readOwnDocument and purgeDecidedDocuments", () => {
  it("serves a document to its owner only, cleaned, and to nobody after the purge", async () => {
    const owner = await failedAccount();
    const stranger = await naturalAccount(t.db);
    const result = await submitVerificationDocuments({ db: t.db, accountId: owner.id, files: await photos() });
    if (!result.ok) throw new Error("not opened");
    const document = await t.db.caseDocument.findFirstOrThrow({ where: { case: { reference: result.reference }, slot: "id-front" }, select: { id: true, storageKey: true } });
    const read = await readOwnDocument({ db: t.db, accountId: owner.id, documentId: document.id });
    expect(read.ok && read.mediaType).toBe("image/jpeg");
    expect(read.ok && read.bytes.includes(Buffer.from("TestCam"))).toBe(false);
    expect(await readOwnDocument({ db: t.db, accountId: stranger.id, documentId: document.id })).toEqual({ ok: false });
    expect(await readOwnDocument({ db: t.db, accountId: owner.id, documentId: "../../etc/passwd" })).toEqual({ ok: false });

    const decidedAt = new Date("2026-01-01T00:00:00Z");
    await t.db.case.update({ where: { reference: result.reference }, data: { status: "rejected", decidedAt, decisionReason: "照片模糊" } });
    expect(await purgeDecidedDocuments({ db: t.db, retentionDays: 30, now: new Date("2026-01-20T00:00:00Z") })).toEqual({ cases: 0, documents: 0 });
    const purged = await purgeDecidedDocuments({ db: t.db, retentionDays: 30, now: new Date("2026-02-01T00:00:00Z") });
    expect(purged).toEqual({ cases: 1, documents: 2 });
    expect(existsSync(path.join(uploads.dir, `${document.storageKey}.bin`))).toBe(false);
    expect(await t.db.caseDocument.count({ where: { case: { reference: result.reference } } })).toBe(0);
    const events = await t.db.caseEvent.findMany({ where: { case: { reference: result.reference } }, select: { kind: true } });
    expect(events.map((e) => e.kind)).toContain("documents-purged");
    expect(await readOwnDocument({ db: t.db, accountId: owner.id, documentId: document.id })).toEqual({ ok: false });
    expect(await purgeDecidedDocuments({ db: t.db, retentionDays: 30, now: new Date("2026-02-01T00:00:00Z") })).toEqual({ cases: 0, documents: 0 });
  });
});
