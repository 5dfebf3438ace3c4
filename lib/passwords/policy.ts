// The password policy of domain.md §2: length and three character classes (等保 2.0 level 3),
// no common password, no personal data inside (OWASP ASVS 6.2). No forced periodic change.
import { compact, normaliseMobile, toHalfWidth } from "@/lib/identifiers";
import { COMMON_PASSWORDS } from "./common-passwords";

export type PasswordPolicyReason = "tooShort" | "tooLong" | "notEnoughClasses" | "common" | "containsPersonalData";

export interface PasswordContext {
  loginName?: string | null;
  mobile?: string | null;
  uscc?: string | null;
  idNumber?: string | null;
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

function characterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
}

export function checkPasswordPolicy(password: string, context: PasswordContext = {}): { ok: boolean; reasons: PasswordPolicyReason[] } {
  const reasons: PasswordPolicyReason[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) reasons.push("tooShort");
  if (password.length > PASSWORD_MAX_LENGTH) reasons.push("tooLong");
  if (characterClasses(password) < 3) reasons.push("notEnoughClasses");
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) reasons.push("common");
  // Full-width digits in the password still spell the mobile, so compare in half-width.
  const comparable = toHalfWidth(lower);
  if (personalValues(context).some((value) => comparable.includes(value))) reasons.push("containsPersonalData");
  return { ok: reasons.length === 0, reasons };
}

/**
 * Context values as the identifiers normalise them, because callers may pass raw form input
 * ("+86 187 …", a lower-case USCC). Values shorter than 4 characters would match by chance, so
 * they are ignored.
 */
function personalValues(context: PasswordContext): string[] {
  const values = [
    context.loginName ? toHalfWidth(context.loginName).trim() : "",
    context.mobile ? normaliseMobile(context.mobile) : "",
    context.uscc ? compact(context.uscc) : "",
    context.idNumber ? compact(context.idNumber) : "",
  ];
  return values.filter((value) => value.length >= 4).map((value) => value.toLowerCase());
}
