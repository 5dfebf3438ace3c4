// The one Prisma client of the application. It picks the driver adapter from DATABASE_URL:
// `file:` → embedded SQLite (better-sqlite3), `postgresql://` → PostgreSQL (pg). Both generated
// clients come from the same models file, so the SQLite client's type describes both.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { serialisedSqliteAdapter } from "@/lib/db/adapters/serialised-sqlite";
import { env, isPostgresUrl } from "@/lib/env";

export type Db = SqliteClient;
/** The client handed to a `$transaction(async (tx) => …)` callback. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type DbProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DbProvider {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

export function createDb(url: string = env().DATABASE_URL): Db {
  if (providerOf(url) === "postgresql") {
    // Same models, same API; only the nominal generated type differs.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: serialisedSqliteAdapter(new PrismaBetterSQLite3({ url })) });
}

const globalForDb = globalThis as unknown as { __db?: Db };

/** The shared client; one per process (Next's dev server reloads modules, so it lives on globalThis). */
export function db(): Db {
  globalForDb.__db ??= createDb();
  return globalForDb.__db;
}
