// Login throttling (issue 5 §3, issue 12 §7). Failures are counted in the database (RateLimit
// rows, so several app instances share them) on three counters: one name at one client, one
// client, and one name from every client together. An attempt is counted BEFORE the password is
// checked: parallel guesses cannot slip past a limit while a slow hash runs.
//
// Keyed on the name alone, anyone who types someone's login name (often a mobile or USCC) ten
// times would lock its owner out from everywhere. So a name locks per client; the name's total
// from all clients only meets a generous ceiling, which still bounds guessing from many addresses.

export const LOGIN_WINDOW_MS = 30 * 60 * 1000;
/**
 * From this many recent failures on any counter, a captcha is asked for. The name's total counts
 * too: a captcha is friction, not a lock, so guesses spread over many addresses always meet one.
 */
export const CAPTCHA_AFTER_FAILURES = 3;
/** This many failures for one name from one client within the window lock it there for 30 minutes. */
export const NAME_LOCK_AFTER_FAILURES = 10;
/**
 * A client address is shared by whole offices behind one NAT, so it locks later than a name;
 * the name lock still bounds guesses at one account from one address to 10 per 30 minutes.
 */
export const CLIENT_LOCK_AFTER_FAILURES = 30;
/**
 * This many failures for one name from all clients together lock it everywhere. Ten addresses'
 * worth: an outsider needs that many to lock the owner out, and guessing from many addresses is
 * still bounded (with a captcha from the third failure on).
 */
export const NAME_CEILING_FAILURES = 100;

export interface ThrottleCounter {
  /** Attempts counted in the current window that did not end in a success. */
  failures: number;
  /** End of the current window, or of the lock once the limit was reached. */
  expiresAt: Date;
}

/** The three counters of one attempt: the name at this client, this client, the name everywhere. */
export interface LoginCounters<T> {
  nameAtClient: T;
  client: T;
  name: T;
}

export const LOCK_AFTER_FAILURES: LoginCounters<number> = {
  nameAtClient: NAME_LOCK_AFTER_FAILURES,
  client: CLIENT_LOCK_AFTER_FAILURES,
  name: NAME_CEILING_FAILURES,
};

const COUNTERS = ["nameAtClient", "client", "name"] as const;

export function nameAtClientThrottleKey(loginNameKey: string, client: string): string {
  // JSON keeps the pair unambiguous whatever either part holds.
  return `login:name-at-client:${JSON.stringify([client, loginNameKey])}`;
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

/** What the next attempt faces, from the three counters as they are now. */
export function throttleState(counters: LoginCounters<ThrottleCounter | null>, now: Date): ThrottleState {
  const waits: number[] = [];
  let captchaRequired = false;
  for (const which of COUNTERS) {
    const counter = counters[which];
    const failures = live(counter, now);
    if (counter && failures >= LOCK_AFTER_FAILURES[which]) waits.push(counter.expiresAt.getTime());
    if (failures >= CAPTCHA_AFTER_FAILURES) captchaRequired = true;
  }
  if (waits.length > 0) {
    return { kind: "locked", retryAfterSeconds: Math.max(1, Math.ceil((Math.max(...waits) - now.getTime()) / 1000)) };
  }
  return { kind: "open", captchaRequired };
}

/**
 * After an attempt was counted: refused without checking the password when earlier attempts
 * already used up a limit (parallel requests that all passed the first look).
 */
export function overLimitAfterCounting(counted: LoginCounters<ThrottleCounter>): boolean {
  return COUNTERS.some((which) => counted[which].failures > LOCK_AFTER_FAILURES[which]);
}

/** Minutes shown to the user, rounded up so "wait 1 minute" is never too short. */
export function retryAfterMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
