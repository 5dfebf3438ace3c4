// Session rules (issue 5 §4): random 256-bit tokens, only their SHA-256 stored, 30 minutes idle
// and 12 hours absolute. Pure functions; the database and cookie code call these.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Writing lastSeenAt on every request costs a write per page; a minute of slack is harmless. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

/** 32 random bytes, base64url (43 characters): the cookie value. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored id: a stolen database does not give usable cookies. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token must look like one we issued before it is hashed and looked up. */
export function isWellFormedSessionToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export function absoluteExpiry(loginAt: Date): Date {
  return new Date(loginAt.getTime() + SESSION_ABSOLUTE_MS);
}

/** Active while now is before the absolute end and within 30 minutes of the last request. */
export function isSessionActive(session: SessionTimes, now: Date): boolean {
  const t = now.getTime();
  return t < session.expiresAt.getTime() && t - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

export function shouldTouchSession(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
}
