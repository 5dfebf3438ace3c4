// Helpers of the recovery e2e tests: accounts written straight into the e2e database (so each test
// knows its own reserved mobile), and the outbox read for texts that carry no code (links, names).
import Database from "better-sqlite3";
import { hashPassword } from "../../lib/passwords/hash";
import { randomMobile, randomUscc, uniqueName } from "../platform/support";

function withDb<T>(work: (db: Database.Database) => T): T {
  const db = new Database("data/e2e.db");
  try {
    db.pragma("busy_timeout = 5000");
    return work(db);
  } finally {
    db.close();
  }
}

export interface TestAccount {
  id: number;
  loginName: string;
  mobile: string;
  uscc: string | null;
  orgName: string | null;
}

export async function insertRecoveryAccount(kind: "natural" | "legal", password: string): Promise<TestAccount> {
  const loginName = uniqueName(kind === "legal" ? "fr" : "zr");
  const mobile = randomMobile();
  const uscc = kind === "legal" ? randomUscc() : null;
  const orgName = kind === "legal" ? `北京${loginName}科技有限公司` : null;
  const passwordHash = await hashPassword(password);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const id = withDb((db) =>
    db
      .prepare(
        `INSERT INTO PlatformAccount (type, loginName, loginNameKey, passwordHash, reservedMobile, uscc, orgName, realNameStatus, origin, passwordChangedAt, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'unverified', 'registered', ?, ?, ?)`,
      )
      .run(kind, loginName, loginName.toLowerCase(), passwordHash, mobile, uscc, orgName, now, now, now).lastInsertRowid,
  );
  return { id: Number(id), loginName, mobile, uscc, orgName };
}

/** Bodies of the texts sent to a mobile with a purpose, newest first. */
export function smsBodies(mobile: string, purpose: string): string[] {
  return withDb((db) =>
    (db.prepare("SELECT body FROM SmsMessage WHERE mobile = ? AND purpose = ? ORDER BY id DESC").all(mobile, purpose) as { body: string }[]).map((row) => row.body),
  );
}

export function smsCount(mobile: string): number {
  return withDb((db) => (db.prepare("SELECT COUNT(*) AS n FROM SmsMessage WHERE mobile = ?").get(mobile) as { n: number }).n);
}
