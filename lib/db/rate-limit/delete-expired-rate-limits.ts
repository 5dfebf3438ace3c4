import "server-only";
// Rate-limit windows and spent single-use tokens whose time is over: an expired row counts for
// nothing (the next request starts a new window), so deleting it changes no decision.
import type { Db } from "@/lib/db";

export async function deleteExpiredRateLimits(options: { db: Db; now: Date }): Promise<number> {
  const { count } = await options.db.rateLimit.deleteMany({ where: { expiresAt: { lte: options.now } } });
  return count;
}
