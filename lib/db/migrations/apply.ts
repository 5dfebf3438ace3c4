// Applies pending migrations to SQLite (better-sqlite3) or PostgreSQL (pg). Prisma's own
// `migrate deploy` cannot run through adapter-pg in 6.19, and one runner for both keeps them alike.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migrationsTableSql, readMigrationFiles } from "./migration-files";

const root = path.resolve(__dirname, "..", "..", "..");

export function sqliteFileOf(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

export function applySqliteMigrations(url: string): string[] {
  const file = sqliteFileOf(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(migrationsTableSql.replace("TIMESTAMPTZ NOT NULL DEFAULT now()", "DATETIME NOT NULL DEFAULT current_timestamp").replaceAll("TIMESTAMPTZ", "DATETIME"));
    const done = new Set(
      sqlite.prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`).pluck().all() as string[],
    );
    const applied: string[] = [];
    for (const migration of readMigrationFiles(path.join(root, "prisma", "sqlite", "migrations"))) {
      if (done.has(migration.name)) continue;
      sqlite.transaction(() => {
        sqlite.exec(migration.sql);
        sqlite
          .prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`)
          .run(randomUUID(), migration.checksum, migration.name);
      })();
      applied.push(migration.name);
    }
    return applied;
  } finally {
    sqlite.close();
  }
}

// Any constant works; it only has to be the same for every instance running migrations at once.
const MIGRATION_LOCK_ID = 72_410_221;

export async function applyPostgresMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await client.query(migrationsTableSql);
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    const done = new Set(rows.map((row) => row.migration_name));
    const applied: string[] = [];
    for (const migration of readMigrationFiles(path.join(root, "prisma", "postgres", "migrations"))) {
      if (done.has(migration.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}

export async function applyMigrations(url: string): Promise<string[]> {
  return /^postgres(ql)?:\/\//.test(url) ? applyPostgresMigrations(url) : applySqliteMigrations(url);
}
