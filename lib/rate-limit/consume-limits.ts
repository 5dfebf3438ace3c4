import "server-only";
// Counts one request against every limit of a step. All are counted (not stopping at the first
// refusal), so the work done does not depend on which limit is reached.
import type { Db } from "@/lib/db";
import { consumeRateLimit } from "./consume-rate-limit";

export interface Limit {
  /** Readable key; only its keyed hash is stored. */
  key: string;
  points: number;
  durationSeconds: number;
}

/** null when allowed; otherwise the longest wait in seconds. */
export async function consumeLimits(options: { db: Db; limits: Limit[]; now: Date }): Promise<number | null> {
  let wait: number | null = null;
  for (const limit of options.limits) {
    const decision = await consumeRateLimit({ db: options.db, key: limit.key, points: limit.points, durationSeconds: limit.durationSeconds, now: options.now });
    if (!decision.allowed) wait = Math.max(wait ?? 0, decision.retryAfterSeconds);
  }
  return wait;
}
