// The lookup outcomes of domain.md §3. The codes are stable identifiers: content, URLs,
// analytics, migration records and tests use them, so they are never renamed or reordered.
export const OUTCOME_CODES = [
  "E-U1",
  "E-U2",
  "E-R1",
  "E-R2",
  "E-R3",
  "E-R4",
  "P-U1",
  "P-U2",
  "P-R1",
  "P-R2",
  "P-R3",
  "P-R4",
  "CONFLICT",
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** The outcomes a migration record can carry (the `-U` ones describe accounts not in Torch). */
export const MIGRATION_OUTCOME_CODES = ["E-R1", "E-R2", "E-R3", "E-R4", "P-R1", "P-R2", "P-R3", "P-R4", "CONFLICT"] as const;
export type MigrationOutcomeCode = (typeof MIGRATION_OUTCOME_CODES)[number];

export type LoginWindow = "natural" | "legal";

/** The login window each outcome sends the user to; null where they register, appeal or call. */
export const WINDOW_BY_OUTCOME: Readonly<Record<OutcomeCode, LoginWindow | null>> = {
  "E-U1": null,
  "E-U2": "legal",
  "E-R1": "legal",
  "E-R2": "legal",
  "E-R3": "legal",
  "E-R4": "natural",
  "P-U1": null,
  "P-U2": "natural",
  "P-R1": "natural",
  "P-R2": "natural",
  "P-R3": "natural",
  "P-R4": null,
  CONFLICT: null,
};

export function isOutcomeCode(value: string): value is OutcomeCode {
  return (OUTCOME_CODES as readonly string[]).includes(value);
}
