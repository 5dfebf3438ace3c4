// What the legal appeal's organisation search shows about an organisation to someone not yet
// proven to represent it. Organisation names and USCCs are public (the business register prints
// both), so the full name is shown — similar names must be told apart (issue 14 §7) — with only the
// USCC's last four characters to confirm the pick against one's own licence. Harvesting is refused
// by the search's limits (search-organisations.ts), not by hiding the name.
export const USCC_TAIL_LENGTH = 4;

/** `91110108MA01ET88XL` → `88XL`; too short a value shows nothing. */
export function usccTail(uscc: string | null): string | null {
  return uscc && uscc.length >= 10 ? uscc.slice(-USCC_TAIL_LENGTH) : null;
}
