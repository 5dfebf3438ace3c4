// The path ahead (the checklist's "剩余步骤"): the steps the flow expects from the current one,
// simulated with each step's `achieve` and its expected answer. "第 n 步，共 m 步" is route.ts's.
import type { OutcomeCode } from "@/lib/migration/outcomes";
import type { JourneyFacts } from "./facts";
import { FLOW } from "./flow";
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
