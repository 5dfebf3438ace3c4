// The route a journey is on, for "第 n 步，共 m 步" that does not jump (issue 14.2). A route is the
// flow with every question on the path fixed to its answer (the expected answer where none was
// given yet) and every way the platform's state can lead kept open. The total is the longest path
// through that route, so no state of the platform can add a step the total did not count; when the
// platform skips steps (already logged in, already verified), the skipped steps count as done and
// the position moves past them. So the total depends on the answers alone: it changes only when an
// answer changes the route, and the page says so then.
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { FIRST_STEP, FLOW } from "./flow";
import { ALL_FACTS } from "./flow-graph";
import { storedAnswer, type JourneyState } from "./journey-state";
import type { StepId } from "./steps";

const edgeCache = new Map<string, readonly StepId[]>();

/**
 * Where a step can lead with this answer, over every state of the platform — and where the
 * platform alone moves the user on, since a step the platform shows done needs no answer.
 */
function routeEdges(outcome: OutcomeCode, step: StepId, answer: string | undefined): readonly StepId[] {
  const key = `${outcome}|${step}|${answer ?? ""}`;
  const known = edgeCache.get(key);
  if (known) return known;
  const next = FLOW[step].next;
  const found = new Set<StepId>();
  if (next) {
    for (const facts of ALL_FACTS) {
      for (const given of new Set([answer, undefined])) {
        const result = next({ outcome, answer: given, facts });
        if ("to" in result) found.add(result.to);
      }
    }
  }
  const edges = [...found];
  edgeCache.set(key, edges);
  return edges;
}

/** The answer that shapes the route at a step: the one given on the path, else the expected one. */
function routeAnswer(state: JourneyState, step: StepId): string | undefined {
  if (state.trail.includes(step)) {
    const given = storedAnswer(state, step);
    if (given !== undefined) return given;
  }
  return FLOW[step].expectedAnswer ?? undefined;
}

/** The route's steps, each with the ways on from it (the trail's own moves included). */
function routeGraph(state: JourneyState): Map<StepId, Set<StepId>> {
  const graph = new Map<StepId, Set<StepId>>();
  const trailNext = new Map<StepId, StepId>(state.trail.slice(1).map((step, index) => [state.trail[index], step]));
  const queue: StepId[] = [FIRST_STEP];
  while (queue.length > 0) {
    const step = queue.pop() as StepId;
    if (graph.has(step)) continue;
    const targets = new Set(routeEdges(state.outcome, step, routeAnswer(state, step)));
    const taken = trailNext.get(step);
    if (taken) targets.add(taken);
    graph.set(step, targets);
    queue.push(...targets);
  }
  return graph;
}

/** Steps before the steps they lead to (the flow is acyclic: flow-integrity.test.ts). */
function topologicalOrder(graph: Map<StepId, Set<StepId>>): StepId[] {
  const done = new Set<StepId>();
  const order: StepId[] = [];
  const visit = (step: StepId) => {
    if (done.has(step)) return;
    done.add(step);
    for (const next of graph.get(step) ?? []) visit(next);
    order.push(step);
  };
  visit(FIRST_STEP);
  return order.reverse();
}

export interface RouteProgress {
  /** The most steps from the start to this one, itself included; on a last step, the total. */
  position: number;
  /** The most steps from the start to any end. */
  total: number;
}

/** Every step of the route with its place, and the total. */
function routePlaces(state: JourneyState): { places: ReadonlyMap<StepId, number>; total: number } {
  const graph = routeGraph(state);
  const places = new Map<StepId, number>([[FIRST_STEP, 1]]);
  for (const step of topologicalOrder(graph)) {
    const here = places.get(step) ?? 1;
    for (const next of graph.get(step) ?? []) places.set(next, Math.max(places.get(next) ?? 0, here + 1));
  }
  return { places, total: Math.max(...places.values()) };
}

export function routeProgress(state: JourneyState, viewing: StepId): RouteProgress {
  const { places, total } = routePlaces(state);
  const position = FLOW[viewing].next ? (places.get(viewing) ?? 1) : total;
  return { position, total };
}

/** The total of the route, to tell whether an answer changed it. */
export function routeTotal(state: JourneyState): number {
  return routeProgress(state, FIRST_STEP).total;
}

/** The state after an answer, remembering the old total when the answer changed it (and only then). */
export function withRouteChange(before: JourneyState, after: JourneyState): JourneyState {
  const from = routeTotal(before);
  const { totalBefore: _previous, ...rest } = after;
  return from === routeTotal(after) ? rest : { ...rest, totalBefore: from };
}
