// How a login name is shown to whoever typed a USCC or mobile (interfaces.md "Lookup result"):
// in full only when it is derived from the input (the input itself or `HJ_` + the input), since
// the person already knows it; any other name is masked, because the input alone does not prove
// the person owns that account.
import { MIGRATION_PREFIX } from "@/lib/accounts/login-names";

export const MASK = "****";

/**
 * First two and last two characters with exactly four `*` between (`lisi2020` → `li****20`).
 * Names of 2 to 4 characters would be revealed whole that way, so they keep only their first
 * character (`abcd` → `a****`); a one-character name becomes `****`. Counted in code points.
 */
export function maskLoginName(name: string): string {
  const chars = Array.from(name);
  if (chars.length >= 5) return `${chars.slice(0, 2).join("")}${MASK}${chars.slice(-2).join("")}`;
  if (chars.length >= 2) return `${chars[0]}${MASK}`;
  return MASK;
}

export function presentLoginName(name: string, input: string): string {
  const key = name.toLowerCase();
  const derived = input.toLowerCase();
  if (derived.length > 0 && (key === derived || key === `${MIGRATION_PREFIX}${input}`.toLowerCase())) return name;
  return maskLoginName(name);
}
