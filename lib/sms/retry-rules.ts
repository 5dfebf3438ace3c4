// When the HTTP SMS provider tries again, and after how long (pure). Only failures that another
// try can cure are retried: no answer (network, timeout), a server error (5xx), 408, and 429 —
// after the Retry-After the gateway asked for. Any other 4xx is our request's fault: retrying
// it would only repeat the refusal (and, for a gateway that did deliver, could send twice).

export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d{1,6}$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

export interface BackoffOptions {
  /** 1 for the wait after the first attempt. */
  attempt: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** What the gateway asked for (429 / 503 with Retry-After). */
  retryAfterMs?: number | null;
  /** 0 ≤ random < 1; spreads retries of many instances apart. */
  random: number;
}

/**
 * Exponential backoff with jitter: base·2^(attempt−1), between half and all of it. A Retry-After
 * the gateway asked for is honoured when it is longer. Null when the wait would pass maxDelayMs:
 * the user is waiting for this message, so give up and say so rather than hang.
 */
export function backoffDelayMs(options: BackoffOptions): number | null {
  const exponential = options.baseDelayMs * 2 ** (options.attempt - 1);
  const jittered = Math.round(exponential * (0.5 + options.random / 2));
  const wait = Math.max(jittered, options.retryAfterMs ?? 0);
  return wait > options.maxDelayMs ? null : wait;
}
