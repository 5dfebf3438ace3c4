// "No plain ID number appears in the database file" (issue 6 §5): after natural and legal checks
// and an opened case, the SQLite file (and its write-ahead log) is read byte by byte.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { saveLegalIdentity } from "@/lib/verification/save-legal-identity";
import { saveNaturalIdentity } from "@/lib/verification/save-natural-identity";
import { legalIdentitySchema, naturalIdentitySchema } from "@/lib/verification/schemas";
import { submitVerificationDocuments } from "@/lib/verification/submit-verification-documents";
import { sampleJpeg } from "@/lib/uploads/testing/sample-files";
import type { TestDatabase } from "../../support/test-db";
import { withDatabaseAndUploadDir } from "../uploads/upload-dir";
import { accountRow, legalAccount, naturalAccount, registerOrganisation, registerPerson, residentId } from "./support";

let t: TestDatabase;
withDatabaseAndUploadDir((created) => (t = created));

describe("ID numbers at rest", () => {
  it("never appear in plain text in the SQLite file (PostgreSQL runs skip it)", async ({ skip }) => {
    if (t.provider !== "sqlite") skip();
    const verifiedId = residentId();
    const failedId = residentId();
    const legalRepId = residentId();
    await registerPerson(t.db, "张三", verifiedId);
    const verified = await naturalAccount(t.db);
    await saveNaturalIdentity({ db: t.db, accountId: verified.id, input: naturalIdentitySchema.parse({ personName: "张三", idType: "resident-id", idNumber: verifiedId }) });
    const failed = await naturalAccount(t.db);
    await saveNaturalIdentity({ db: t.db, accountId: failed.id, input: naturalIdentitySchema.parse({ personName: "李四", idType: "resident-id", idNumber: failedId }) });
    await submitVerificationDocuments({ db: t.db, accountId: failed.id, files: { "id-front": await sampleJpeg(), "id-back": await sampleJpeg() } });
    const legal = await legalAccount(t.db);
    const uscc = (await accountRow(t.db, legal.id)).uscc ?? "";
    await registerOrganisation(t.db, { uscc, name: "北京星火科技有限公司", legalRepName: "王五", legalRepId });
    await saveLegalIdentity({
      db: t.db,
      accountId: legal.id,
      input: legalIdentitySchema.parse({ orgName: "北京星火科技有限公司", agentName: "赵六", agentMobile: "13900004444", legalRepName: "王五", legalRepId }),
    });
    expect((await accountRow(t.db, verified.id)).realNameStatus).toBe("verified");
    expect((await accountRow(t.db, failed.id)).realNameStatus).toBe("pending");
    expect((await accountRow(t.db, legal.id)).realNameStatus).toBe("verified");

    const file = t.url.replace(/^file:/, "");
    await t.db.$disconnect();
    const bytes = Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
    expect(bytes.includes(Buffer.from("张三"))).toBe(true); // the search itself works: names are stored
    for (const id of [verifiedId, failedId, legalRepId]) {
      expect(bytes.includes(Buffer.from(id)), id).toBe(false);
      expect(bytes.includes(Buffer.from(id.slice(0, 17))), id).toBe(false);
    }
  });
});
