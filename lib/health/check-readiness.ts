import "server-only";
// Is this instance ready to serve? (See readiness.ts.) The shipped migration names are read once
// from prisma/<provider>/migrations beside the running app. The database is the application's own
// unless a test passes another (one that cannot be reached, or one nobody migrated).
import { readdirSync } from "node:fs";
import path from "node:path";
import { db as sharedDb, providerOf, type Db, type DbProvider } from "@/lib/db";
import { pingDatabase } from "@/lib/db/health/ping-database";
import { readAppliedMigrations } from "@/lib/db/health/read-applied-migrations";
import { env } from "@/lib/env";
import { logger, errorFields } from "@/lib/log/logger";
import { pendingMigrations, withinTime, type Readiness } from "./readiness";

const DATABASE_TIMEOUT_MS = 2_000;
const shipped = new Map<DbProvider, string[]>();

function shippedMigrations(provider: DbProvider): string[] {
  const folder = path.join(process.cwd(), "prisma", provider === "postgresql" ? "postgres" : "sqlite", "migrations");
  const names = shipped.get(provider) ?? readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  shipped.set(provider, names);
  return names;
}

export async function checkReadiness(options: { db?: Db; provider?: DbProvider } = {}): Promise<Readiness> {
  const db = options.db ?? sharedDb();
  const provider = options.provider ?? providerOf(env().DATABASE_URL);
  try {
    await withinTime(pingDatabase({ db }), DATABASE_TIMEOUT_MS);
  } catch (error) {
    logger.warn("ready.database_unreachable", errorFields(error));
    return { ready: false, reason: "database_unreachable" };
  }
  // A database that answers but has no migrations table has applied nothing yet.
  const applied = await withinTime(readAppliedMigrations({ db }), DATABASE_TIMEOUT_MS).catch(() => []);
  const pending = pendingMigrations(shippedMigrations(provider), applied);
  return pending.length === 0 ? { ready: true } : { ready: false, reason: "migrations_pending", pending: pending.length };
}
