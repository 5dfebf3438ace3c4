// Where the journey goes once a milestone is reached, shared by several steps of flow.ts.
import { OUTCOMES, type LoginWindow, type OutcomeCode } from "@/lib/migration/outcomes";
import { journeyWindow, type JourneyFacts } from "./facts";
import { stepFor, type StepId } from "./steps";

/** The window of a journey that has one; CONFLICT never reaches a step that asks. */
export function windowOf(outcome: OutcomeCode): LoginWindow {
  return journeyWindow(outcome) ?? "natural";
}

/** The first step after the overview: what the source tells each outcome to do first. */
export function firstActionStep(outcome: OutcomeCode): StepId {
  const window = windowOf(outcome);
  switch (OUTCOMES[outcome].firstAction) {
    case "register":
      return stepFor("register", window);
    case "appeal":
      return stepFor("appeal", window);
    case "call-support":
      return "call-support";
    default:
      return stepFor("log-in", window);
  }
}

/** Real-name verified: E-R4's authorisation, then the business systems (or, for a person, their services). */
export function afterVerified(outcome: OutcomeCode): StepId {
  return OUTCOMES[outcome].afterVerified;
}

/** Logged in: on to whatever the account's real-name status still needs. */
export function afterLogin(outcome: OutcomeCode, facts: JourneyFacts): StepId {
  const window = windowOf(outcome);
  switch (facts.realNameStatus) {
    case "verified":
      return afterVerified(outcome);
    case "pending":
      return stepFor("verify-waiting", window);
    case "failed":
      return stepFor("verify-failed", window);
    default:
      return stepFor("verify", window);
  }
}
