import "server-only";
// The lookup's hot read on embedded SQLite, through better-sqlite3 directly with one prepared
// statement: Prisma costs about 0.5 ms of CPU per query on this path against about 0.01 ms here
// (measured in bench/lookup), and a lookup is mostly this one read. Same SQL as the Prisma path in
// read-torch-migration.ts; the integration tests run both against the same data.
import Database from "better-sqlite3";
import { sqliteFileOf } from "@/lib/db/migrations/apply";
import type { TorchMigrationRow } from "./read-torch-migration";

const SQL = `SELECT t."kind" AS "kind", r."outcome" AS "outcome", r."loginName" AS "loginName", r."window" AS "window"
  FROM "TorchAccount" t LEFT JOIN "MigrationRecord" r ON r."torchAccountId" = t."id"
 WHERE t."username" = ?`;

type Reader = (username: string) => TorchMigrationRow | undefined;

// One connection per database file and process; on globalThis because Next's dev server reloads modules.
const holder = globalThis as unknown as { __lookupSqliteReaders?: Map<string, Reader> };
const readers: Map<string, Reader> = (holder.__lookupSqliteReaders ??= new Map<string, Reader>());

export function readTorchMigrationSqlite(databaseUrl: string, username: string): TorchMigrationRow | null {
  const file = sqliteFileOf(databaseUrl);
  let reader = readers.get(file);
  if (!reader) {
    // Not opened read-only: a read-only connection cannot create the WAL index if it is first.
    // It only ever runs the SELECT below.
    const sqlite = new Database(file, { fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
    const statement = sqlite.prepare<[string], TorchMigrationRow>(SQL);
    reader = (name: string) => statement.get(name);
    readers.set(file, reader);
  }
  return reader(username) ?? null;
}
