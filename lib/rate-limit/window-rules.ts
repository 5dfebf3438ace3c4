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
