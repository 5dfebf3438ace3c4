// The shape of one step of the journey (flow.ts holds them all).
import type { z } from "zod";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import type { JourneyFacts } from "./facts";
import type { StepId } from "./steps";

/** Why a step cannot be left yet: each has a message that says what the platform still shows. */
export const BLOCK_REASONS = [
  "answerRequired",
  "noAccount",
  "notLoggedIn",
  "notReset",
  "noAppeal",
  "logInToCheck",
  "notVerified",
  "stillFailed",
  "notUploaded",
  "underReview",
  "notAuthorised",
] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

export type NextResult = { to: StepId } | { blocked: BlockReason };

export interface NextInput {
  outcome: OutcomeCode;
  /** The step's answer, already checked against its input schema; undefined when none was given. */
  answer: string | undefined;
  facts: JourneyFacts;
}

/**
 * Where in the product the step is done. The page links there with `next=` back to the step;
 * pages that do not honour it yet leave the user to come back through the menu (我的办理进度).
 */
export interface StepAction {
  href: string;
}

export interface StepDefinition {
  id: StepId;
  action: StepAction | null;
  /** The question the step asks, if any: its answers are stored under the step id. */
  input: z.ZodEnum<Record<string, string>> | null;
  /** The answer of the path where everything works, for the projected remaining steps. */
  expectedAnswer: string | null;
  /** Ticked off from the platform's state. */
  isComplete(facts: JourneyFacts): boolean;
  /** The facts once the step is done (what doing it changes on the platform), for the projection. */
  achieve(facts: JourneyFacts, outcome: OutcomeCode): JourneyFacts;
  /** Pure: the step after this one, or why the user must stay. Absent on a last step. */
  next: ((input: NextInput) => NextResult) | null;
}
