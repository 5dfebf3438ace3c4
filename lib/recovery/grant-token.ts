// The single-use link of an approved appeal (/recovery/set-password/<token>): 256 random bits in
// the SMS, only the SHA-256 stored (PasswordSetGrant.id), so a copy of the table opens nothing.
// A plain hash is enough here, unlike for passwords: the token is random, not chosen by a person.
import { createHash, randomBytes } from "node:crypto";

export const GRANT_TTL_HOURS = 24;

export function newGrantToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashGrantToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens as we issue them; anything else is refused before touching the database. */
export function isWellFormedGrantToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function grantExpiry(now: Date): Date {
  return new Date(now.getTime() + GRANT_TTL_HOURS * 3600_000);
}

/** The path the SMS links to; the origin is added by the caller (see site-origin.ts). */
export function setPasswordPath(token: string): string {
  return `/recovery/set-password/${token}`;
}
