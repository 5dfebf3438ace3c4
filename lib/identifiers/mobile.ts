// Mainland China mobile numbers, as people type them: with +86, spaces, dashes, full-width digits.
import { toHalfWidth } from "./normalise";

export type MobileError = "empty" | "format";
export type MobileCheck = { ok: true; value: string } | { ok: false; value: string; error: MobileError };

const DASHES_AND_SPACES = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D()（）]/g;

export function normaliseMobile(raw: string): string {
  const digits = toHalfWidth(raw).replace(DASHES_AND_SPACES, "");
  const withoutPlus = digits.startsWith("+86") ? digits.slice(3) : digits;
  // "86" is a country code only when 11 digits remain; otherwise it is part of the number.
  if (withoutPlus.startsWith("86") && /^\d{13}$/.test(withoutPlus)) return withoutPlus.slice(2);
  return withoutPlus;
}

export function checkMobile(raw: string): MobileCheck {
  const value = normaliseMobile(raw);
  if (value.length === 0) return { ok: false, value, error: "empty" };
  return /^1[3-9]\d{9}$/.test(value) ? { ok: true, value } : { ok: false, value, error: "format" };
}
