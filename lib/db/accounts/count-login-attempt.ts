import "server-only";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/accounts/unique-violation";
import { LOGIN_WINDOW_MS, type ThrottleCounter } from "@/lib/accounts/login-throttle-rules";

/**
 * Adds one attempt to a counter atomically and returns the counter as it now stands. The
 * increment is a single conditional UPDATE, so fifty parallel requests see fifty different
 * counts. A missing or ended counter starts a new 30-minute window; the attempt that reaches
 * `lockAfter` restarts the window, so a lock always lasts the full 30 minutes.
 */
export async function countLoginAttempt(options: {
  db: Db;
  key: string;
  lockAfter: number;
  now?: Date;
}): Promise<ThrottleCounter> {
  const { db, key, lockAfter } = options;
  const now = options.now ?? new Date();
  const windowEnd = new Date(now.getTime() + LOGIN_WINDOW_MS);
  for (let round = 0; round < 5; round += 1) {
    const bumped = await db.rateLimit.updateMany({
      where: { key, expiresAt: { gt: now } },
      data: { points: { increment: 1 } },
    });
    if (bumped.count === 1) {
      const row = await db.rateLimit.findUniqueOrThrow({ where: { key }, select: { points: true, expiresAt: true } });
      if (row.points !== lockAfter) return { failures: row.points, expiresAt: row.expiresAt };
      await db.rateLimit.updateMany({ where: { key, points: lockAfter }, data: { expiresAt: windowEnd } });
      return { failures: row.points, expiresAt: windowEnd };
    }
    // No live counter: renew an ended one, or create it. Either can lose a race; then count again.
    const renewed = await db.rateLimit.updateMany({
      where: { key, expiresAt: { lte: now } },
      data: { points: 1, expiresAt: windowEnd },
    });
    if (renewed.count === 1) return { failures: 1, expiresAt: windowEnd };
    try {
      await db.rateLimit.create({ data: { key, points: 1, expiresAt: windowEnd }, select: { key: true } });
      return { failures: 1, expiresAt: windowEnd };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("login throttle counter kept changing under concurrent updates");
}
