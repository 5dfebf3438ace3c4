import "server-only";
// A look at a step's limits without counting: lets a step tell a client to wait before it asks
// for work it would throw away (a solved captcha, an SMS code), without spending anything.
import type { Db } from "@/lib/db";
import type { Limit } from "./consume-limits";
import { rateLimitStorageKey } from "./consume-rate-limit";
import { isWindowFull, secondsUntil } from "./window-rules";

/** The longest wait of the limits already spent, or null when none is. */
export async function readLimitsWait(options: { db: Db; limits: Limit[]; now: Date }): Promise<number | null> {
  const keys = options.limits.map((limit) => rateLimitStorageKey(limit.key));
  const rows = await options.db.rateLimit.findMany({ where: { key: { in: keys } }, select: { key: true, points: true, expiresAt: true } });
  let wait: number | null = null;
  options.limits.forEach((limit, index) => {
    const row = rows.find((r) => r.key === keys[index]);
    if (row && isWindowFull(row.points, limit.points, row.expiresAt, options.now)) wait = Math.max(wait ?? 0, secondsUntil(row.expiresAt, options.now));
  });
  return wait;
}
