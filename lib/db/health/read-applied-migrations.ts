import "server-only";
// The names of the migrations the database has finished applying (the table Prisma and
// lib/db/migrations/apply.ts both keep). Throws when the database cannot be reached.
import type { Db } from "@/lib/db";

export async function readAppliedMigrations(options: { db: Db }): Promise<string[]> {
  const rows = await options.db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}
