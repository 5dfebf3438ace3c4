import { describe, expect, it } from "vitest";
import { NO_FACTS } from "./facts";
import { projectRemaining } from "./progress";

describe("projected path", () => {
  it.each([
    ["E-U1", ["register-legal", "log-in-legal", "verify-legal", "enter-systems"]],
    ["E-R1", ["log-in-legal", "verify-legal", "enter-systems"]],
    ["E-R4", ["log-in-natural", "verify-natural", "authorisation", "enter-systems"]],
    ["P-U1", ["register-natural", "log-in-natural", "verify-natural", "personal-services"]],
    ["P-R4", ["appeal-natural", "appeal-waiting-natural", "verify-natural", "personal-services"]],
    ["CONFLICT", ["call-support"]],
  ] as const)("%s from the overview: %j", (outcome, path) => {
    expect(projectRemaining(outcome, "overview", NO_FACTS)).toEqual(path);
  });

  it("skips verification where the platform already shows the account verified (P-R4's account)", () => {
    expect(projectRemaining("P-R4", "appeal-natural", { ...NO_FACTS, realNameStatus: "verified" })).toEqual(["appeal-waiting-natural", "personal-services"]);
  });

  it("from a branch: reset leads back to logging in, then on", () => {
    expect(projectRemaining("E-R1", "reset-legal", NO_FACTS)).toEqual(["log-in-again-legal", "verify-legal", "enter-systems"]);
  });
});
