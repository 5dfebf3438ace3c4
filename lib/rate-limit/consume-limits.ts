import "server-only";
// Counts one request against every limit of a step, all or nothing: a request refused by any of
// them (a cooldown, a per-identifier limit, the client's budget) is not served, so every point it
// counted is given back and it spends no budget (issue 12 §7). All limits are counted before
// deciding, so the work done does not depend on which limit is reached.
import type { Db } from "@/lib/db";
import { consumeRateLimit, refundRateLimit } from "./consume-rate-limit";
import { combineDecisions, type CountedLimit, type LimitsDecision } from "./window-rules";

export interface Limit {
  /** Readable key; only its keyed hash is stored. */
  key: string;
  points: number;
  durationSeconds: number;
}

export type { LimitsDecision };

/** Counts the request against every limit; on any refusal nothing stays counted. */
export async function takeLimits<L extends Limit>(options: { db: Db; limits: L[]; now: Date }): Promise<LimitsDecision<L>> {
  const counted: CountedLimit<L>[] = [];
  for (const limit of options.limits) {
    counted.push({ limit, decision: await consumeRateLimit({ db: options.db, key: limit.key, points: limit.points, durationSeconds: limit.durationSeconds, now: options.now }) });
  }
  const decision = combineDecisions(counted);
  if (!decision.allowed) for (const limit of options.limits) await refundRateLimit({ db: options.db, key: limit.key, now: options.now });
  return decision;
}

/** null when allowed (and counted); otherwise the longest wait in seconds (and nothing counted). */
export async function consumeLimits(options: { db: Db; limits: Limit[]; now: Date }): Promise<number | null> {
  const decision = await takeLimits(options);
  return decision.allowed ? null : decision.retryAfterSeconds;
}
