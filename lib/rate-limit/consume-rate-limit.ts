import "server-only";
// Fixed-window rate limiting shared by every app instance through the RateLimit table. Keys are
// stored as a keyed hash (HMAC with the data key), so no mobile, USCC or address sits there in
// plain text. Each request is counted by one native upsert (INSERT … ON CONFLICT DO UPDATE …
// RETURNING on both SQLite and PostgreSQL), so fifty parallel requests get fifty distinct counts.
import { keyedHash } from "@/lib/crypto/seal";
import { db as sharedDb, type Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/accounts/unique-violation";
import { decideWindow, type RateLimitDecision } from "./window-rules";

export interface ConsumeRateLimitOptions {
  db?: Db;
  /** Readable key such as `lookup:client:192.0.2.1`; hashed before it is stored. */
  key: string;
  points: number;
  durationSeconds: number;
  now?: Date;
}

export function rateLimitStorageKey(key: string): string {
  return `rl:${keyedHash(key)}`;
}

export async function consumeRateLimit(options: ConsumeRateLimitOptions): Promise<RateLimitDecision> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  const key = rateLimitStorageKey(options.key);
  const windowEnd = new Date(now.getTime() + options.durationSeconds * 1000);
  for (let round = 0; round < 5; round += 1) {
    // An ended window starts again at zero; only one of several parallel resets matches.
    await db.rateLimit.updateMany({ where: { key, expiresAt: { lte: now } }, data: { points: 0, expiresAt: windowEnd } });
    try {
      const row = await db.rateLimit.upsert({
        where: { key },
        create: { key, points: 1, expiresAt: windowEnd },
        update: { points: { increment: 1 } },
        select: { points: true, expiresAt: true },
      });
      return decideWindow(row.points, options.points, row.expiresAt, now);
    } catch (error) {
      // Only reachable if Prisma falls back to find-then-create; the next round counts again.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("rate-limit counter kept changing under concurrent updates");
}

/**
 * Gives back one point of the current window (a request counted, then refused by another limit).
 * Never below zero, and never into a window that has ended.
 */
export async function refundRateLimit(options: { db?: Db; key: string; now?: Date }): Promise<void> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  await db.rateLimit.updateMany({
    where: { key: rateLimitStorageKey(options.key), points: { gt: 0 }, expiresAt: { gt: now } },
    data: { points: { decrement: 1 } },
  });
}
