import "server-only";
// The Torch account with this username and its migration record, in ONE query: this is the
// lookup's hot path (most lookups are of migrated accounts), and Prisma's nested select would
// issue two. The quoted identifiers and the LEFT JOIN read the same on SQLite and PostgreSQL.
// Given the URL of an SQLite database, it reads through better-sqlite3 (sqlite-torch-migration.ts).
import { providerOf, type Db } from "@/lib/db";
import { readTorchMigrationSqlite } from "./sqlite-torch-migration";

export interface TorchMigrationRow {
  kind: string;
  /** Null while the migration has not reached this account. */
  outcome: string | null;
  loginName: string | null;
  window: string | null;
}

export async function readTorchMigration(options: { db: Db; username: string; databaseUrl?: string }): Promise<TorchMigrationRow | null> {
  if (options.databaseUrl && providerOf(options.databaseUrl) === "sqlite") return readTorchMigrationSqlite(options.databaseUrl, options.username);
  const rows = await options.db.$queryRaw<TorchMigrationRow[]>`
    SELECT t."kind" AS "kind", r."outcome" AS "outcome", r."loginName" AS "loginName", r."window" AS "window"
      FROM "TorchAccount" t LEFT JOIN "MigrationRecord" r ON r."torchAccountId" = t."id"
     WHERE t."username" = ${options.username}`;
  return rows[0] ?? null;
}
