// The single-use link of an approved appeal (/recovery/set-password/<token>): 256 random bits in
// the SMS, only the SHA-256 stored (PasswordSetGrant.id), so a copy of the table opens nothing.
// A plain hash is enough here, unlike for passwords: the token is random, not chosen by a person.
import { hashSessionToken, isWellFormedSessionToken, newSessionToken } from "@/lib/sessions/session-rules";

export const GRANT_TTL_HOURS = 24;

// Made, stored and checked exactly as session tokens are (43 base64url characters, refused
// before any look-up when they have another shape).
export const newGrantToken = newSessionToken;
export const hashGrantToken = hashSessionToken;
export const isWellFormedGrantToken = isWellFormedSessionToken;

export function grantExpiry(now: Date): Date {
  return new Date(now.getTime() + GRANT_TTL_HOURS * 3600_000);
}

/** The path the SMS links to; the origin is added by the caller (see site-origin.ts). */
export function setPasswordPath(token: string): string {
  return `/recovery/set-password/${token}`;
}
