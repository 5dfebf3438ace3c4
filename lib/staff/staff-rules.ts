// Rules of staff accounts and sessions (issue 6 §6): roles, names unique case-insensitively, and
// sessions shorter than the public ones — 15 minutes idle, 8 hours at most, and a half-open
// "password" stage that lives only long enough to type the TOTP code.

export const STAFF_ROLES = ["reviewer", "editor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

export const STAFF_NAME_PATTERN = /^[\p{L}\p{N}._-]{2,32}$/u;

/** NFKC folds full-width letters, so `Ｒｅｖｉｅｗｅｒ` and `reviewer` are the same name. */
export function staffNameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

export function isValidStaffName(name: string): boolean {
  return STAFF_NAME_PATTERN.test(name.normalize("NFKC").trim());
}

export type StaffSessionStage = "password" | "full";

export const STAFF_IDLE_MS = 15 * 60 * 1000;
export const STAFF_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
/** Between the password and the TOTP code: enough to open the authenticator app, no more. */
export const STAFF_PASSWORD_STAGE_MS = 10 * 60 * 1000;

export function staffSessionExpiry(stage: StaffSessionStage, now: Date): Date {
  return new Date(now.getTime() + (stage === "full" ? STAFF_ABSOLUTE_MS : STAFF_PASSWORD_STAGE_MS));
}

export function isStaffSessionActive(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
  const t = now.getTime();
  return t < session.expiresAt.getTime() && t - session.lastSeenAt.getTime() < STAFF_IDLE_MS;
}

/** Failed passwords per name and per client, failed codes per account, within this window. */
export const STAFF_THROTTLE_SECONDS = 15 * 60;
export const STAFF_NAME_ATTEMPTS = 5;
export const STAFF_CLIENT_ATTEMPTS = 30;
export const STAFF_TOTP_ATTEMPTS = 5;
