import "server-only";
// Is this instance ready to serve? (See readiness.ts.) The shipped migration names are read once
// from prisma/<provider>/migrations beside the running app.
import { readdirSync } from "node:fs";
import path from "node:path";
import { db, providerOf } from "@/lib/db";
import { pingDatabase } from "@/lib/db/health/ping-database";
import { readAppliedMigrations } from "@/lib/db/health/read-applied-migrations";
import { env } from "@/lib/env";
import { logger, errorFields } from "@/lib/log/logger";
import { pendingMigrations, withinTime, type Readiness } from "./readiness";

const DATABASE_TIMEOUT_MS = 2_000;
let shipped: string[] | undefined;

function shippedMigrations(): string[] {
  const folder = path.join(process.cwd(), "prisma", providerOf(env().DATABASE_URL) === "postgresql" ? "postgres" : "sqlite", "migrations");
  shipped ??= readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return shipped;
}

export async function checkReadiness(): Promise<Readiness> {
  try {
    await withinTime(pingDatabase({ db: db() }), DATABASE_TIMEOUT_MS);
  } catch (error) {
    logger.warn("ready.database_unreachable", errorFields(error));
    return { ready: false, reason: "database_unreachable" };
  }
  // A database that answers but has no migrations table has applied nothing yet.
  const applied = await withinTime(readAppliedMigrations({ db: db() }), DATABASE_TIMEOUT_MS).catch(() => []);
  const pending = pendingMigrations(shippedMigrations(), applied);
  return pending.length === 0 ? { ready: true } : { ready: false, reason: "migrations_pending", pending: pending.length };
}
