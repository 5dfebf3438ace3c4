// Masking of personal data before it reaches the audit trail (domain rule: no secrets, masked
// personal data). Pure functions, so they are tested once and used by every writer of events.

/** `13800000000` → `138****0000`; anything shorter than 7 characters is masked entirely. */
export function maskMobile(mobile: string): string {
  if (mobile.length < 7) return "*".repeat(mobile.length);
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}

/**
 * A login name someone typed: the first two and last two characters with four `*` between
 * (the masking interfaces.md uses for names shown to other people). Short names are masked whole.
 */
export function maskLoginName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 4) return "****";
  return `${chars.slice(0, 2).join("")}****${chars.slice(-2).join("")}`;
}

/** An account as an actor: its id, never its name (the id leads to the data for those allowed). */
export function accountActor(accountId: number): string {
  return `account:${accountId}`;
}
