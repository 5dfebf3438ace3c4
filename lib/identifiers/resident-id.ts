// Resident identity card number (居民身份证号码), GB 11643-1999.
import { compact } from "./normalise";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_DIGITS = "10X98765432";

export type ResidentIdError = "empty" | "length" | "charset" | "birthDate" | "checkDigit";
export type ResidentIdCheck = { ok: true; value: string } | { ok: false; value: string; error: ResidentIdError };

export function normaliseResidentId(raw: string): string {
  return compact(raw).toUpperCase();
}

export function residentIdCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_DIGITS[sum % 11];
}

function isRealBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && date.getTime() <= today.getTime();
}

export function checkResidentId(raw: string, today: Date = new Date()): ResidentIdCheck {
  const value = normaliseResidentId(raw);
  if (value.length === 0) return { ok: false, value, error: "empty" };
  if (value.length !== 18) return { ok: false, value, error: "length" };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, value, error: "charset" };
  if (!isRealBirthDate(value.slice(6, 14), today)) return { ok: false, value, error: "birthDate" };
  if (residentIdCheckDigit(value.slice(0, 17)) !== value[17]) return { ok: false, value, error: "checkDigit" };
  return { ok: true, value };
}
