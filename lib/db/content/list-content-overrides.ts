import "server-only";
// Which texts staff have edited, and when: the content list marks them.
import type { Db } from "@/lib/db";

export async function listContentOverrides(options: { db: Db }): Promise<Map<string, Date>> {
  const rows = await options.db.contentOverride.findMany({ select: { key: true, updatedAt: true } });
  return new Map(rows.map((row) => [row.key, row.updatedAt]));
}
