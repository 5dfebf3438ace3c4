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

/** What the first thing the source tells each outcome to do is (lib/wizard/routes.ts turns it into a step). */
export type FirstAction = "register" | "log-in" | "appeal" | "call-support";
/** Where a real-name-verified journey goes next. */
export type AfterVerified = "authorisation" | "enter-systems" | "personal-services";

/**
 * Everything the code knows about one outcome, in one place: the lookup result (loginWindow),
 * the wizard (kind, journeyWindow, firstAction, afterVerified) and the content console (which
 * texts carry a login window) all read this table, so an outcome is described once.
 */
export interface OutcomeRecord {
  /** Whose account it is: an enterprise's legal account or a person's natural one. */
  kind: "enterprise" | "personal";
  /** The login window the user is sent to *now*; null where they register, appeal or call. */
  loginWindow: LoginWindow | null;
  /** The window the journey works with, including the account still to be registered or appealed. */
  journeyWindow: LoginWindow | null;
  firstAction: FirstAction;
  afterVerified: AfterVerified;
}

const enterprise = (loginWindow: LoginWindow | null, firstAction: FirstAction, afterVerified: AfterVerified = "enter-systems"): OutcomeRecord => ({
  kind: "enterprise",
  loginWindow,
  journeyWindow: "legal",
  firstAction,
  afterVerified,
});
const personal = (loginWindow: LoginWindow | null, firstAction: FirstAction): OutcomeRecord => ({
  kind: "personal",
  loginWindow,
  journeyWindow: "natural",
  firstAction,
  afterVerified: "personal-services",
});

export const OUTCOMES: Readonly<Record<OutcomeCode, OutcomeRecord>> = {
  "E-U1": enterprise(null, "register"),
  "E-U2": enterprise("legal", "log-in"),
  "E-R1": enterprise("legal", "log-in"),
  "E-R2": enterprise("legal", "log-in"),
  "E-R3": enterprise("legal", "log-in"),
  // The enterprise's business goes through the legal person's own natural account, authorised after 实名认证.
  "E-R4": { kind: "enterprise", loginWindow: "natural", journeyWindow: "natural", firstAction: "log-in", afterVerified: "authorisation" },
  "P-U1": personal(null, "register"),
  "P-U2": personal("natural", "log-in"),
  "P-R1": personal("natural", "log-in"),
  "P-R2": personal("natural", "log-in"),
  "P-R3": personal("natural", "log-in"),
  "P-R4": personal(null, "appeal"),
  CONFLICT: { kind: "enterprise", loginWindow: null, journeyWindow: null, firstAction: "call-support", afterVerified: "enter-systems" },
};

/** The login window each outcome sends the user to; null where they register, appeal or call. */
export const WINDOW_BY_OUTCOME: Readonly<Record<OutcomeCode, LoginWindow | null>> = Object.fromEntries(
  OUTCOME_CODES.map((code) => [code, OUTCOMES[code].loginWindow]),
) as Record<OutcomeCode, LoginWindow | null>;

export function isOutcomeCode(value: string): value is OutcomeCode {
  return (OUTCOME_CODES as readonly string[]).includes(value);
}
