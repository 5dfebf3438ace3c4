// The flow of one outcome as a graph, found by asking each step's pure `next` about every answer and
// every state of the platform. The flow-integrity tests check it (no loops, every step reachable),
// and the staff flow diagram (/staff/flow) draws it: the same definition the pages run on.
import type { OutcomeCode } from "@/lib/migration/outcomes";
import type { CaseStatus, JourneyFacts, RealNameStatus } from "./facts";
import { FIRST_STEP, FLOW } from "./flow";
import type { NextResult } from "./flow-types";
import type { StepId } from "./steps";

const bools = [false, true];
const statuses: (RealNameStatus | null)[] = [null, "unverified", "pending", "verified", "failed"];
const cases: (CaseStatus | null)[] = [null, "open", "approved", "rejected"];

/** Every combination of platform facts. */
export const ALL_FACTS: readonly JourneyFacts[] = bools.flatMap((accountExists) =>
  bools.flatMap((loggedIn) =>
    statuses.flatMap((realNameStatus) =>
      bools.flatMap((passwordReset) =>
        cases.flatMap((appealCase) => bools.map((authorised) => ({ accountExists, loggedIn, realNameStatus, passwordReset, appealCase, authorised }))),
      ),
    ),
  ),
);

/** One way on from a step: where it leads, and what takes the user there. */
export interface FlowEdge {
  to: StepId;
  /** The step's answers that decide for this way: with them it leads here where, unanswered, it would not. */
  answers: string[];
  /** It leads here without an answer: the platform's state alone moves the user on. */
  byPlatform: boolean;
}

const destination = (result: NextResult): StepId | null => ("to" in result ? result.to : null);

/** The ways on from one step for an outcome, in the order first found (the expected way first). */
export function edgesFrom(outcome: OutcomeCode, step: StepId): FlowEdge[] {
  const { next, input } = FLOW[step];
  if (!next) return [];
  const edges = new Map<StepId, FlowEdge>();
  const edge = (to: StepId): FlowEdge => {
    const known = edges.get(to);
    if (known) return known;
    const added: FlowEdge = { to, answers: [], byPlatform: false };
    edges.set(to, added);
    return added;
  };
  for (const facts of ALL_FACTS) {
    const unanswered = destination(next({ outcome, answer: undefined, facts }));
    if (unanswered) edge(unanswered).byPlatform = true;
    for (const answer of input?.options ?? []) {
      const answered = destination(next({ outcome, answer, facts }));
      if (!answered || answered === unanswered) continue;
      const taken = edge(answered);
      if (!taken.answers.includes(answer)) taken.answers.push(answer);
    }
  }
  return [...edges.values()];
}

// The flow is static, so each outcome's graph is worked out once (about 60,000 calls of `next`)
// and not again on every request of the staff page.
const graphs = new Map<OutcomeCode, ReadonlyMap<StepId, readonly FlowEdge[]>>();

/** Every step an outcome can reach from the first, each with its ways on, in breadth-first order. */
export function flowGraph(outcome: OutcomeCode): ReadonlyMap<StepId, readonly FlowEdge[]> {
  const known = graphs.get(outcome);
  if (known) return known;
  const graph = new Map<StepId, FlowEdge[]>();
  const queue: StepId[] = [FIRST_STEP];
  while (queue.length > 0) {
    const step = queue.shift() as StepId;
    if (graph.has(step)) continue;
    const edges = edgesFrom(outcome, step);
    graph.set(step, edges);
    queue.push(...edges.map((edge) => edge.to));
  }
  graphs.set(outcome, graph);
  return graph;
}
