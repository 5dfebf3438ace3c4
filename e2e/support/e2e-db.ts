// The e2e server's data (playwright.config.ts starts it with these settings) as the tests reach it:
// direct reads and writes of its SQLite file, and the operator CLI against it.
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";

/** A fixed, test-only key, so that what the seed and the tests seal the server can open. */
export const E2E_DATA_KEY = "e2e0".repeat(16);
export const E2E_DATABASE_URL = "file:./data/e2e.db";
export const E2E_ENV = { DATABASE_URL: E2E_DATABASE_URL, DATA_DIR: "./data/e2e", DATA_KEY: E2E_DATA_KEY };

// lib/crypto reads DATA_KEY at its first use: keyed hashes and sealed values made in the test
// process must match the server's.
process.env.DATA_KEY = E2E_DATA_KEY;

/** Opens the e2e database for one piece of work (waiting while the server writes). */
export function withE2eDb<T>(work: (db: Database.Database) => T): T {
  const db = new Database("data/e2e.db");
  try {
    db.pragma("busy_timeout = 5000");
    return work(db);
  } finally {
    db.close();
  }
}

/** `npm run cli -- <args>` against the e2e database; returns what it printed on stdout. */
export function runE2eCli(args: string[], env: Record<string, string> = {}): string {
  return execFileSync("npm", ["run", "--silent", "cli", "--", ...args], { env: { ...process.env, ...E2E_ENV, ...env }, encoding: "utf8" });
}
