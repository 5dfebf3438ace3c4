// Where the journey goes once a milestone is reached, shared by several steps of flow.ts.
import type { LoginWindow, OutcomeCode } from "@/lib/migration/outcomes";
import { journeyWindow, kindOf, type JourneyFacts } from "./facts";
import { stepFor, type StepId } from "./steps";

/** The window of a journey that has one; CONFLICT never reaches a step that asks. */
export function windowOf(outcome: OutcomeCode): LoginWindow {
  return journeyWindow(outcome) ?? "natural";
}

/** The first step after the overview: what the source tells each outcome to do first. */
export function firstActionStep(outcome: OutcomeCode): StepId {
  switch (outcome) {
    case "E-U1":
      return "register-legal";
    case "P-U1":
      return "register-natural";
    case "P-R4":
      return "appeal-natural";
    case "CONFLICT":
      return "call-support";
    default:
      return stepFor("log-in", windowOf(outcome));
  }
}

/** Real-name verified: E-R4's authorisation, then the business systems (or, for a person, their services). */
export function afterVerified(outcome: OutcomeCode): StepId {
  if (outcome === "E-R4") return "authorisation";
  return kindOf(outcome) === "enterprise" ? "enter-systems" : "personal-services";
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
