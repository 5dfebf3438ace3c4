// Login names (domain.md §1): unique across all platform accounts, compared case-insensitively
// through `loginNameKey`. `HJ_` + name is how the migration renames a Torch account whose name
// is taken, so nobody may register a name starting with it (in any case).
import { checkMobile, checkUscc, toHalfWidth } from "@/lib/identifiers";

export const MIGRATION_PREFIX = "HJ_";

/** ASCII letters, digits and a few separators: no look-alike characters in names people type. */
export const LOGIN_NAME_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_.@-]{3,31}$/;

/** What people type: full-width letters from a Chinese input method count as the ASCII ones. */
export function normaliseLoginName(raw: string): string {
  return toHalfWidth(raw).trim();
}

/** The stored, unique comparison key. */
export function loginNameKey(raw: string): string {
  return normaliseLoginName(raw).toLowerCase();
}

export function isReservedLoginName(raw: string): boolean {
  return loginNameKey(raw).startsWith(MIGRATION_PREFIX.toLowerCase());
}

export type LoginNameProblem = "required" | "format" | "reserved" | "mobileNotOwn" | "usccNotOwn";

/**
 * Checks a login name chosen at registration. Besides the shape, two decisions of ours (the
 * source is silent): a name shaped like a mobile number must be the registrant's confirmed
 * mobile, and one shaped like a USCC must be the registering organisation's own code. Otherwise
 * someone could take another person's mobile or a company's code as a login name, which is
 * exactly what forces the `HJ_` renames of E-R3 and P-R3 later.
 */
export function checkNewLoginName(
  raw: string,
  own: { mobile: string; uscc?: string },
): { ok: true; value: string } | { ok: false; problem: LoginNameProblem } {
  const value = normaliseLoginName(raw);
  if (value === "") return { ok: false, problem: "required" };
  if (isReservedLoginName(value)) return { ok: false, problem: "reserved" };
  if (!LOGIN_NAME_SHAPE.test(value)) return { ok: false, problem: "format" };
  const asMobile = checkMobile(value);
  if (asMobile.ok && asMobile.value === value && value !== own.mobile) return { ok: false, problem: "mobileNotOwn" };
  const asUscc = checkUscc(value);
  if (/^[0-9A-Za-z]{18}$/.test(value) && asUscc.ok && asUscc.value !== own.uscc) {
    return { ok: false, problem: "usccNotOwn" };
  }
  return { ok: true, value };
}
