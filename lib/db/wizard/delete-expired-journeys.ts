import "server-only";
// Journeys past their 7 days: no longer resumable, and their sealed answers are personal data.
import type { Db } from "@/lib/db";

export async function deleteExpiredJourneys(options: { db: Db; now: Date }): Promise<number> {
  const { count } = await options.db.journey.deleteMany({ where: { expiresAt: { lte: options.now } } });
  return count;
}
