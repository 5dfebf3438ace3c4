// Pure rules of the fixed-window counters kept in the RateLimit table.

export interface RateLimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until the window ends (at least 1). */
  retryAfterSeconds: number;
}

/** The decision once this request has been counted: `count` includes it. */
export function decideWindow(count: number, points: number, windowEnd: Date, now: Date): RateLimitDecision {
  if (count <= points) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: secondsUntil(windowEnd, now) };
}

export function secondsUntil(end: Date, now: Date): number {
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));
}

/**
 * A limit written as `<points>/<seconds>` (e.g. `30/600`), as operators set it in the environment.
 * Returns null for anything else so the caller can fall back to its default and say so.
 */
export function parseLimit(text: string | undefined): { points: number; durationSeconds: number } | null {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,7})\s*$/.exec(text ?? "");
  if (!match) return null;
  const points = Number(match[1]);
  const durationSeconds = Number(match[2]);
  return points > 0 && durationSeconds > 0 ? { points, durationSeconds } : null;
}

/** One limit of a request, with its own decision once counted. */
export interface CountedLimit<L> {
  limit: L;
  decision: RateLimitDecision;
}

export type LimitsDecision<L> = { allowed: true } | { allowed: false; retryAfterSeconds: number; refused: Array<{ limit: L; retryAfterSeconds: number }> };

/**
 * A request passes only when every one of its limits allows it. A refused request is not served,
 * so it must cost nothing: the caller gives back every point it counted (`allowed: false`).
 */
export function combineDecisions<L>(counted: CountedLimit<L>[]): LimitsDecision<L> {
  const refused = counted.filter((c) => !c.decision.allowed).map((c) => ({ limit: c.limit, retryAfterSeconds: c.decision.retryAfterSeconds }));
  if (refused.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)), refused };
}

/** A window already spent: a new request would be refused whatever else happens. */
export function isWindowFull(count: number, points: number, windowEnd: Date, now: Date): boolean {
  return windowEnd.getTime() > now.getTime() && count >= points;
}
