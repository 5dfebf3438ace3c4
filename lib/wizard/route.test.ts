import { describe, expect, it } from "vitest";
import { OUTCOME_CODES, type OutcomeCode } from "@/lib/migration/outcomes";
import { kindOf } from "./facts";
import { FIRST_STEP, FLOW } from "./flow";
import { flowGraph } from "./flow-graph";
import { advance, currentStepOf, newJourneyState, type JourneyState } from "./journey-state";
import { routeProgress, routeTotal, withRouteChange } from "./route";
import type { StepId } from "./steps";

const start = (outcome: OutcomeCode): JourneyState =>
  newJourneyState({ outcome, kind: kindOf(outcome), identifier: "x", loginName: null, window: null });

/** Answers the current step and moves on, as the step's action does. */
function answer(state: JourneyState, to: StepId, given?: string): JourneyState {
  return withRouteChange(state, advance(state, currentStepOf(state), given, to).state);
}

interface Move {
  from: StepId;
  to: StepId;
  answer: string | undefined;
}

/**
 * Every way through an outcome's flow: each answer that decides a branch, and each way the
 * platform moves the user on — with no answer or with any answer given before the platform did.
 */
function* journeys(outcome: OutcomeCode, state = start(outcome), moves: Move[] = []): Generator<{ state: JourneyState; moves: Move[] }> {
  const here = currentStepOf(state);
  const edges = flowGraph(outcome).get(here) ?? [];
  if (edges.length === 0) yield { state, moves };
  for (const edge of edges) {
    const answers = new Set(edge.answers);
    if (edge.byPlatform) for (const given of [undefined, ...(FLOW[here].input?.options ?? [])]) answers.add(given as string);
    for (const given of answers) {
      yield* journeys(outcome, answer(state, edge.to, given), [...moves, { from: here, to: edge.to, answer: given }]);
    }
  }
}

describe("the route's total", () => {
  it.each([
    // The longest way the platform can lead: log in, verify, fail, wait for the review, the end.
    ["E-R1", 6],
    ["E-U1", 7],
    ["E-R4", 7],
    ["P-U1", 7],
    ["P-R2", 6],
    ["P-R4", 7],
    ["CONFLICT", 2],
  ] as const)("%s starts with %i steps", (outcome, total) => {
    expect(routeProgress(start(outcome), FIRST_STEP)).toEqual({ position: 1, total });
  });

  // About 1,200 ways per outcome: a second or two each, more on a loaded machine.
  it.each(OUTCOME_CODES)("%s: on every way through, the total changes only with an answer that changes the route", { timeout: 60_000 }, (outcome) => {
    let ways = 0;
    for (const { moves } of journeys(outcome)) {
      ways += 1;
      let state = start(outcome);
      let { total, position } = routeProgress(state, FIRST_STEP);
      for (const move of moves) {
        state = answer(state, move.to, move.answer);
        const now = routeProgress(state, move.to);
        const expected = FLOW[move.from].expectedAnswer ?? undefined;
        if (move.answer === undefined || move.answer === expected) expect(now.total, `${move.from} → ${move.to}`).toBe(total);
        // Said exactly when it changed.
        expect(state.totalBefore).toBe(now.total === total ? undefined : total);
        expect(now.position, `${JSON.stringify(moves)} at ${move.from} → ${move.to} (${total})`).toBeGreaterThan(position);
        expect(now.position).toBeLessThanOrEqual(now.total);
        ({ total, position } = now);
      }
      // The last step is the last of the total: the steps the platform skipped count as done.
      expect(position).toBe(total);
    }
    expect(ways).toBeGreaterThan(0);
  });

  it("grows when an answer takes a longer branch, and says by how much", () => {
    let state = answer(start("E-R1"), "log-in-legal");
    expect(routeProgress(state, "log-in-legal")).toEqual({ position: 2, total: 6 });
    state = answer(state, "reset-legal", "refused");
    expect(routeProgress(state, "reset-legal")).toEqual({ position: 3, total: 8 });
    expect(state.totalBefore).toBe(6);
    // "忘记了密码" leads the same way as "登录名或密码错误": the same route, nothing to say.
    state = withRouteChange(state, advance(state, "log-in-legal", "forgot", "reset-legal").state);
    expect(routeTotal(state)).toBe(8);
    expect(state.totalBefore).toBeUndefined();
    state = answer(state, "appeal-legal", "cannot");
    expect(routeProgress(state, "appeal-legal")).toEqual({ position: 4, total: 9 });
    expect(routeProgress(state, "log-in-legal").position).toBe(2);
  });

  it("stays the same when the platform skips steps: logged in and verified already, straight to the end", () => {
    let state = answer(start("P-R4"), "appeal-natural");
    state = answer(state, "appeal-waiting-natural");
    expect(routeProgress(state, "appeal-waiting-natural")).toEqual({ position: 3, total: 7 });
    state = answer(state, "personal-services");
    expect(routeProgress(state, "personal-services")).toEqual({ position: 7, total: 7 });
    expect(state.totalBefore).toBeUndefined();
  });

  it("is recomputed when an earlier answer is changed to another branch", () => {
    let state = answer(answer(start("E-R2"), "log-in-legal"), "reset-legal", "forgot");
    state = answer(state, "appeal-legal", "cannot");
    expect(routeTotal(state)).toBe(9);
    // Back on the login step, now logged in: on to verification, reset and appeal leave the path.
    state = withRouteChange(state, advance(state, "log-in-legal", undefined, "verify-legal").state);
    expect(state.trail).toEqual(["overview", "log-in-legal", "verify-legal"]);
    expect(routeTotal(state)).toBe(8);
    expect(state.totalBefore).toBe(9);
  });
});
