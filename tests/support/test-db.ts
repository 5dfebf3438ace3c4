// A fresh, migrated, real database for one integration test file: a SQLite file in a temporary
// folder, or (when TEST_DATABASE_URL names a PostgreSQL server) a new database on that server.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations/apply";

export interface TestDatabase {
  url: string;
  db: Db;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}

process.env.DATA_KEY ??= "42".repeat(32);

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl && /^postgres(ql)?:\/\//.test(serverUrl)) return createPostgresDatabase(serverUrl);
  const folder = mkdtempSync(path.join(os.tmpdir(), "torch-most-test-"));
  const url = `file:${path.join(folder, "test.db")}`;
  await applyMigrations(url);
  const db = createDb(url);
  return {
    url,
    db,
    provider: "sqlite",
    async drop() {
      await db.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const db = createDb(url.toString());
  return {
    url: url.toString(),
    db,
    provider: "postgresql",
    async drop() {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
