// What a journey remembers (sealed in Journey.stateEnc): the lookup it started from, the answers by
// step id and the trail of steps taken. Pure functions over it: which steps may be shown, the
// back link, the "your answers" summary, and moving on after an answer — which keeps the later
// trail when the next step is unchanged, and keeps every answer (a later visit finds it again
// if the step's schema still accepts it).
import { z } from "zod";
import { OUTCOME_CODES, type LoginWindow, type OutcomeCode } from "@/lib/migration/outcomes";
import { FIRST_STEP, FLOW } from "./flow";
import { STEP_IDS, type StepId } from "./steps";

export const journeyStateSchema = z.object({
  outcome: z.enum(OUTCOME_CODES),
  kind: z.enum(["enterprise", "personal"]),
  /** The USCC or mobile that was looked up (personal data: only ever stored sealed). */
  identifier: z.string().min(1).max(40),
  /** As the lookup gave it: in full only when derived from the input, masked otherwise. */
  loginName: z.string().max(120).nullable(),
  window: z.enum(["natural", "legal"]).nullable(),
  answers: z.record(z.string(), z.string().max(40)),
  trail: z.array(z.enum(STEP_IDS)).min(1),
  /** The total of steps before the last answer changed the route, so the next step can say so. */
  totalBefore: z.number().int().min(1).max(99).optional(),
});
export type JourneyState = z.infer<typeof journeyStateSchema>;

export interface JourneyStart {
  outcome: OutcomeCode;
  kind: "enterprise" | "personal";
  identifier: string;
  loginName: string | null;
  window: LoginWindow | null;
}

export function newJourneyState(start: JourneyStart): JourneyState {
  return { ...start, answers: {}, trail: [FIRST_STEP] };
}

export function currentStepOf(state: JourneyState): StepId {
  return state.trail[state.trail.length - 1];
}

/** Steps already on the path can be shown (and changed); later ones cannot be jumped to. */
export function isOnTrail(state: JourneyState, step: StepId): boolean {
  return state.trail.includes(step);
}

export function previousStep(state: JourneyState, step: StepId): StepId | null {
  const index = state.trail.indexOf(step);
  return index > 0 ? state.trail[index - 1] : null;
}

/** The stored answer of a step, if its question still accepts it. */
export function storedAnswer(state: JourneyState, step: StepId): string | undefined {
  const input = FLOW[step].input;
  const value = state.answers[step];
  if (!input || value === undefined) return undefined;
  return input.safeParse(value).success ? value : undefined;
}

/** "Your answers": every question on the path, with its (still valid) answer. */
export function answeredSteps(state: JourneyState): { step: StepId; answer: string }[] {
  return state.trail.flatMap((step) => {
    const answer = storedAnswer(state, step);
    return answer === undefined ? [] : [{ step, answer }];
  });
}

export interface Advance {
  state: JourneyState;
  /** Steps that dropped off the path without being completed (recorded as "left"). */
  left: StepId[];
}

/** The user answered `step` (on the trail) and the flow says `to`. */
export function advance(state: JourneyState, step: StepId, answer: string | undefined, to: StepId): Advance {
  const index = state.trail.indexOf(step);
  if (index < 0) throw new Error(`step ${step} is not on the journey's path`);
  const answers = answer === undefined ? state.answers : { ...state.answers, [step]: answer };
  const keepsLaterPath = state.trail[index + 1] === to;
  const trail = keepsLaterPath ? state.trail : [...state.trail.slice(0, index + 1), to];
  const left = keepsLaterPath ? [] : state.trail.slice(index + 1).filter((s) => s !== to);
  return { state: { ...state, answers, trail }, left };
}
