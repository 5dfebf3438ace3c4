// The path ahead and "第 n 步，共 m 步": the steps taken so far plus the steps the flow expects
// from the current one, simulated with each step's `achieve` and its expected answer — so the
// count grows honestly when a branch (reset, upload, appeal) adds steps.
import type { OutcomeCode } from "@/lib/migration/outcomes";
import type { JourneyFacts } from "./facts";
import { FLOW } from "./flow";
import { currentStepOf, type JourneyState } from "./journey-state";
import type { StepId } from "./steps";

const MAX_STEPS = 40;

/** The steps expected after `from`, in order, up to a last step. */
export function projectRemaining(outcome: OutcomeCode, from: StepId, facts: JourneyFacts): StepId[] {
  const ahead: StepId[] = [];
  let step = from;
  let assumed = facts;
  while (ahead.length < MAX_STEPS) {
    const definition = FLOW[step];
    if (!definition.next) break;
    assumed = definition.achieve(assumed, outcome);
    const result = definition.next({ outcome, answer: definition.expectedAnswer ?? undefined, facts: assumed });
    if (!("to" in result)) break;
    ahead.push(result.to);
    step = result.to;
  }
  return ahead;
}

export interface Progress {
  position: number;
  total: number;
  /** The steps still expected after the current one. */
  remaining: StepId[];
}

export function progressOf(state: JourneyState, viewing: StepId, facts: JourneyFacts): Progress {
  const remaining = projectRemaining(state.outcome, currentStepOf(state), facts);
  const index = state.trail.indexOf(viewing);
  return { position: (index < 0 ? state.trail.length - 1 : index) + 1, total: state.trail.length + remaining.length, remaining };
}
