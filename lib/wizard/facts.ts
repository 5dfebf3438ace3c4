// What the platform itself says about the journey's account, read on every step page (see
// read-journey-facts.ts): steps tick off from these, never from a "done" button alone.
import { OUTCOMES, type LoginWindow, type OutcomeCode } from "@/lib/migration/outcomes";

export type RealNameStatus = "unverified" | "pending" | "verified" | "failed";
export type CaseStatus = "open" | "approved" | "rejected";

export interface JourneyFacts {
  /** The account this journey is about exists (after registration, or from the migration). */
  accountExists: boolean;
  /** This browser is logged in to that account. */
  loggedIn: boolean;
  /** Its real-name status; null where it may not be shown (an enterprise journey not logged in). */
  realNameStatus: RealNameStatus | null;
  /** Its password was reset (or changed) after the journey started. */
  passwordReset: boolean;
  /** The newest password appeal for it (since the journey started, for enterprises). */
  appealCase: CaseStatus | null;
  /** E-R4: the natural account holds the enterprise's 高企认定 / 科小企评价 authorisation. */
  authorised: boolean;
}

/** Nothing done yet: the state of a journey that has just begun for an account that is not there. */
export const NO_FACTS: JourneyFacts = {
  accountExists: false,
  loggedIn: false,
  realNameStatus: null,
  passwordReset: false,
  appealCase: null,
  authorised: false,
};

export type JourneyKind = "enterprise" | "personal";

export function kindOf(outcome: OutcomeCode): JourneyKind {
  return OUTCOMES[outcome].kind;
}

/**
 * The login window the journey works with. Unlike WINDOW_BY_OUTCOME (where to log in *now*),
 * this includes the window of the account still to be registered (E-U1, P-U1) or recovered by
 * appeal (P-R4); CONFLICT has none.
 */
export function journeyWindow(outcome: OutcomeCode): LoginWindow | null {
  return OUTCOMES[outcome].journeyWindow;
}
