import "server-only";
// The cheapest question a database answers: throws when it cannot be reached.
import type { Db } from "@/lib/db";

export async function pingDatabase(options: { db: Db }): Promise<void> {
  await options.db.$queryRaw`SELECT 1`;
}
