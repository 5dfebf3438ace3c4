// Unified Social Credit Code (统一社会信用代码), GB 32100-2015.
import { compact } from "./normalise";

export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = new RegExp(`^[${USCC_ALPHABET}]{18}$`);

export type UsccError = "empty" | "length" | "charset";
export type UsccCheck =
  | { ok: true; value: string; checkCharacterValid: boolean }
  | { ok: false; value: string; error: UsccError };

export function normaliseUscc(raw: string): string {
  return compact(raw).toUpperCase();
}

/** The check character for the first 17 characters (which must be from the alphabet). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * A wrong shape is always an error. A wrong check character is reported, not refused: a few early
 * codes are genuine yet fail it, so the caller decides (imports warn; unknown lookups are told the
 * code looks mistyped) — domain.md §2.
 */
export function checkUscc(raw: string): UsccCheck {
  const value = normaliseUscc(raw);
  if (value.length === 0) return { ok: false, value, error: "empty" };
  if (value.length !== 18) return { ok: false, value, error: "length" };
  if (!SHAPE.test(value)) return { ok: false, value, error: "charset" };
  return { ok: true, value, checkCharacterValid: usccCheckCharacter(value.slice(0, 17)) === value[17] };
}
