// `documents:purge` as an operator runs it (daily, from cron): JSON on stdout, exit 0; 2 for bad arguments.
import { describe, expect, it } from "vitest";
import { openCase } from "@/lib/cases/open-case";
import { cleanUpload } from "@/lib/uploads/clean-upload";
import { samplePdf } from "@/lib/uploads/testing/sample-files";
import type { TestDatabase } from "../../support/test-db";
import { runCli } from "../importers/support";
import { withDatabaseAndUploadDir } from "../uploads/upload-dir";
import { naturalAccount } from "./support";

let t: TestDatabase;
const uploads = withDatabaseAndUploadDir((created) => (t = created));

describe("documents:purge", () => {
  it("deletes documents of cases decided longer ago than DOCUMENT_RETENTION_DAYS", { timeout: 120_000 }, async () => {
    const account = await naturalAccount(t.db);
    const pdf = await cleanUpload({ slot: "id-front", bytes: samplePdf() });
    if (!pdf.ok) throw new Error(pdf.code);
    const opened = await openCase({ db: t.db, type: "verification-natural", accountId: account.id, contactMobile: null, details: {}, documents: [pdf.upload] });
    await t.db.case.update({ where: { id: opened.id }, data: { status: "approved", decidedAt: new Date(Date.now() - 40 * 24 * 3600 * 1000) } });
    expect(uploads.files()).toHaveLength(1);
    const run = await runCli(["documents:purge"], t.url);
    expect([run.code, run.json]).toEqual([0, { cases: 1, documents: 1, retentionDays: 30 }]);
    expect(uploads.files()).toHaveLength(0);
    const again = await runCli(["documents:purge", "--days", "0"], t.url);
    expect(again.json).toEqual({ cases: 0, documents: 0, retentionDays: 0 });
    const bad = await runCli(["documents:purge", "--days", "soon"], t.url);
    expect(bad.code).toBe(2);
  });
});
