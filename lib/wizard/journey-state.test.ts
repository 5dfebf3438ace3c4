import { describe, expect, it } from "vitest";
import { advance, answeredSteps, currentStepOf, isOnTrail, journeyStateSchema, newJourneyState, previousStep, storedAnswer, type JourneyState } from "./journey-state";

const start = newJourneyState({ outcome: "E-R1", kind: "enterprise", identifier: "91110108MA01ER100K", loginName: "91110108MA01ER100K", window: "legal" });

function walked(): JourneyState {
  let state = advance(start, "overview", undefined, "log-in-legal").state;
  state = advance(state, "log-in-legal", "refused", "reset-legal").state;
  state = advance(state, "reset-legal", "done", "log-in-again-legal").state;
  return state;
}

describe("journey state", () => {
  it("starts at the overview with no answers, and is valid against its schema", () => {
    expect(start.trail).toEqual(["overview"]);
    expect(start.answers).toEqual({});
    expect(journeyStateSchema.parse(start)).toEqual(start);
  });

  it("moves on by appending the next step and storing the answer under the step id", () => {
    const state = walked();
    expect(state.trail).toEqual(["overview", "log-in-legal", "reset-legal", "log-in-again-legal"]);
    expect(currentStepOf(state)).toBe("log-in-again-legal");
    expect(state.answers).toEqual({ "log-in-legal": "refused", "reset-legal": "done" });
  });

  it("gives the back link and allows only steps on the path", () => {
    const state = walked();
    expect(previousStep(state, "reset-legal")).toBe("log-in-legal");
    expect(previousStep(state, "overview")).toBeNull();
    expect(isOnTrail(state, "reset-legal")).toBe(true);
    expect(isOnTrail(state, "verify-legal")).toBe(false);
  });

  it("lists the answers on the path in order", () => {
    expect(answeredSteps(walked())).toEqual([
      { step: "log-in-legal", answer: "refused" },
      { step: "reset-legal", answer: "done" },
    ]);
  });

  it("a changed answer that leads elsewhere cuts the path there but keeps the later answers for a later visit", () => {
    const { state, left } = advance(walked(), "log-in-legal", "ok", "verify-legal");
    expect(state.trail).toEqual(["overview", "log-in-legal", "verify-legal"]);
    expect(left).toEqual(["reset-legal", "log-in-again-legal"]);
    expect(state.answers["reset-legal"]).toBe("done");
    expect(answeredSteps(state)).toEqual([{ step: "log-in-legal", answer: "ok" }]);
  });

  it("a changed answer that leads to the same next step keeps the whole later path", () => {
    const { state, left } = advance(walked(), "log-in-legal", "forgot", "reset-legal");
    expect(state.trail).toEqual(["overview", "log-in-legal", "reset-legal", "log-in-again-legal"]);
    expect(left).toEqual([]);
    expect(state.answers["log-in-legal"]).toBe("forgot");
  });

  it("ignores a stored answer its step no longer accepts", () => {
    const state = { ...walked(), answers: { "log-in-legal": "maybe", "reset-legal": "done" } };
    expect(storedAnswer(state, "log-in-legal")).toBeUndefined();
    expect(storedAnswer(state, "overview")).toBeUndefined();
    expect(answeredSteps(state)).toEqual([{ step: "reset-legal", answer: "done" }]);
  });

  it("refuses to advance from a step that is not on the path", () => {
    expect(() => advance(start, "verify-legal", undefined, "enter-systems")).toThrow();
  });
});
