import "server-only";
import type { Db } from "@/lib/db";

/** Throws when the database cannot answer the smallest query (down, unreachable, locked out). */
export async function checkDatabase(options: { db: Db }): Promise<void> {
  await options.db.$queryRaw`SELECT 1`;
}
