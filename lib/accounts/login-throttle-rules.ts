// Login throttling (issue 5 §3). Failures are counted per normalised login name and per client
// in the database (RateLimit rows), so several app instances share them. An attempt is counted
// BEFORE the password is checked and the name's count is cleared after a success: parallel
// guesses cannot slip past the limit while a slow hash runs.

export const LOGIN_WINDOW_MS = 30 * 60 * 1000;
/** From this many recent failures on, a captcha is asked for (name or client). */
export const CAPTCHA_AFTER_FAILURES = 3;
/** This many failures for one name within the window lock it for 30 minutes. */
export const NAME_LOCK_AFTER_FAILURES = 10;
/**
 * A client address is shared by whole offices behind one NAT, so it locks later than a name;
 * the name lock still bounds guesses at one account to 10 per 30 minutes.
 */
export const CLIENT_LOCK_AFTER_FAILURES = 30;

export interface ThrottleCounter {
  /** Attempts counted in the current window that did not end in a success. */
  failures: number;
  /** End of the current window, or of the lock once the limit was reached. */
  expiresAt: Date;
}

export function nameThrottleKey(loginNameKey: string): string {
  return `login:name:${loginNameKey}`;
}

export function clientThrottleKey(client: string): string {
  return `login:client:${client}`;
}

export type ThrottleState =
  | { kind: "open"; captchaRequired: boolean }
  | { kind: "locked"; retryAfterSeconds: number };

function live(counter: ThrottleCounter | null, now: Date): number {
  return counter && counter.expiresAt.getTime() > now.getTime() ? counter.failures : 0;
}

/** What the next attempt faces, from the two counters as they are now. */
export function throttleState(
  counters: { name: ThrottleCounter | null; client: ThrottleCounter | null },
  now: Date,
): ThrottleState {
  const nameFailures = live(counters.name, now);
  const clientFailures = live(counters.client, now);
  const waits: number[] = [];
  if (nameFailures >= NAME_LOCK_AFTER_FAILURES && counters.name) waits.push(counters.name.expiresAt.getTime());
  if (clientFailures >= CLIENT_LOCK_AFTER_FAILURES && counters.client) waits.push(counters.client.expiresAt.getTime());
  if (waits.length > 0) {
    return { kind: "locked", retryAfterSeconds: Math.max(1, Math.ceil((Math.max(...waits) - now.getTime()) / 1000)) };
  }
  return {
    kind: "open",
    captchaRequired: nameFailures >= CAPTCHA_AFTER_FAILURES || clientFailures >= CAPTCHA_AFTER_FAILURES,
  };
}

/**
 * After an attempt was counted: refused without checking the password when earlier attempts
 * already used up the limit (parallel requests that all passed the first look).
 */
export function overLimitAfterCounting(counted: { name: ThrottleCounter; client: ThrottleCounter }): boolean {
  return counted.name.failures > NAME_LOCK_AFTER_FAILURES || counted.client.failures > CLIENT_LOCK_AFTER_FAILURES;
}

/** Minutes shown to the user, rounded up so "wait 1 minute" is never too short. */
export function retryAfterMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
