// Data for the verification e2e tests: registry rows loaded through the real `registry:import`
// CLI into the e2e database, accounts written straight into it (no captcha or SMS to go through),
// and reads of what the server stored.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { residentIdCheckDigit } from "../../lib/identifiers/resident-id";
import { hashPassword } from "../../lib/passwords/hash";
import { randomMobile } from "../platform/support";
import { runE2eCli, withE2eDb } from "../support/e2e-db";

export interface RegistryCsvRow {
  kind: "person" | "organisation";
  id: string;
  name: string;
  legalRepName?: string;
  legalRepId?: string;
}

/** Loads rows with `npm run cli -- registry:import` against the e2e database. */
export function importRegistry(rows: RegistryCsvRow[]): void {
  const folder = mkdtempSync(path.join(os.tmpdir(), "e2e-registry-"));
  const file = path.join(folder, "registry.csv");
  const lines = rows.map((row) => [row.kind, row.id, row.name, row.legalRepName ?? "", row.legalRepId ?? ""].join(","));
  writeFileSync(file, ["kind,id,name,legal_rep_name,legal_rep_id", ...lines].join("\n") + "\n");
  try {
    const out = JSON.parse(runE2eCli(["registry:import", file])) as { errors: unknown[] };
    if (out.errors.length > 0) throw new Error(`registry rows refused: ${JSON.stringify(out.errors)}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A valid resident ID number, random enough for parallel test runs. */
export function randomResidentId(): string {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  const first17 = `110105198${Math.floor(Math.random() * 10)}03${day}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return first17 + residentIdCheckDigit(first17);
}

/** A fresh account of either kind; a legal one gets its USCC and registered organisation name. */
export async function insertPlatformAccount(spec: { type: "natural" | "legal"; loginName: string; password: string; uscc?: string; orgName?: string }): Promise<void> {
  const passwordHash = await hashPassword(spec.password);
  const now = new Date().toISOString().replace("Z", "+00:00");
  withE2eDb((db) =>
    db
      .prepare(
        `INSERT INTO PlatformAccount (type, loginName, loginNameKey, passwordHash, reservedMobile, realNameStatus, origin, passwordChangedAt, uscc, orgName, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, 'unverified', 'registered', ?, ?, ?, ?, ?)`,
      )
      .run(spec.type, spec.loginName, spec.loginName.toLowerCase(), passwordHash, randomMobile(), now, spec.uscc ?? null, spec.orgName ?? null, now, now),
  );
}

export function storedVerification(loginName: string) {
  return withE2eDb((db) =>
    db
      .prepare(
        `SELECT a.realNameStatus, a.realNameFailure, a.idNumberEnc, a.verifiedIdHash, a.idNumberHash,
                (SELECT COUNT(*) FROM "Case" c WHERE c.accountId = a.id AND c.status = 'open') AS openCases,
                (SELECT COUNT(*) FROM CaseDocument d JOIN "Case" c ON c.id = d.caseId WHERE c.accountId = a.id) AS documents
         FROM PlatformAccount a WHERE a.loginNameKey = ?`,
      )
      .get(loginName.toLowerCase()) as
      | { realNameStatus: string; realNameFailure: string | null; idNumberEnc: string | null; verifiedIdHash: string | null; idNumberHash: string | null; openCases: number; documents: number }
      | undefined,
  );
}

/** Whether a text appears anywhere in the e2e database's files (the database and its write-ahead log). */
export function databaseFilesContain(text: string): boolean {
  const files = ["data/e2e.db", "data/e2e.db-wal", "data/e2e.db-journal"].filter((file) => existsSync(file));
  return files.some((file) => readFileSync(file).includes(Buffer.from(text)));
}

/** What a reviewer's rejection leaves behind (the staff e2e decides through the real pages). */
export function rejectOpenCase(loginName: string, reason: string): void {
  withE2eDb((db) => {
    const account = db.prepare("SELECT id FROM PlatformAccount WHERE loginNameKey = ?").get(loginName.toLowerCase()) as { id: number };
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(`UPDATE "Case" SET status = 'rejected', decisionReason = ?, decidedAt = ? WHERE accountId = ? AND status = 'open'`).run(reason, now, account.id);
    db.prepare("UPDATE PlatformAccount SET realNameStatus = 'failed' WHERE id = ?").run(account.id);
  });
}
