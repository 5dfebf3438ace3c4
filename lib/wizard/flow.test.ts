// Every `next` branch of the flow, one step at a time (conventions: "Test one wizard step at a
// time"): for each step, the valid answers, a missing answer, and every way out.
import { describe, expect, it } from "vitest";
import { OUTCOME_CODES, type OutcomeCode } from "@/lib/migration/outcomes";
import { NO_FACTS, type JourneyFacts } from "./facts";
import { FLOW } from "./flow";
import type { NextResult } from "./flow-types";
import { STEP_IDS, type StepId } from "./steps";

function next(step: StepId, options: { outcome?: OutcomeCode; answer?: string; facts?: Partial<JourneyFacts> } = {}): NextResult {
  const definition = FLOW[step];
  if (!definition.next) throw new Error(`${step} is a last step`);
  return definition.next({ outcome: options.outcome ?? "E-R1", answer: options.answer, facts: { ...NO_FACTS, ...options.facts } });
}

const loggedIn = (realNameStatus: JourneyFacts["realNameStatus"]) => ({ accountExists: true, loggedIn: true, realNameStatus });

describe("overview", () => {
  it.each([
    ["E-U1", "register-legal"],
    ["P-U1", "register-natural"],
    ["E-U2", "log-in-legal"],
    ["E-R1", "log-in-legal"],
    ["E-R2", "log-in-legal"],
    ["E-R3", "log-in-legal"],
    ["E-R4", "log-in-natural"],
    ["P-U2", "log-in-natural"],
    ["P-R1", "log-in-natural"],
    ["P-R2", "log-in-natural"],
    ["P-R3", "log-in-natural"],
    ["P-R4", "appeal-natural"],
    ["CONFLICT", "call-support"],
  ] as const)("%s starts with %s", (outcome, first) => {
    expect(next("overview", { outcome })).toEqual({ to: first });
  });
  it("asks nothing", () => {
    expect(FLOW.overview.input).toBeNull();
  });
});

describe.each(["legal", "natural"] as const)("register-%s", (w) => {
  const outcome = w === "legal" ? "E-U1" : "P-U1";
  it("stays until the account exists on the platform", () => {
    expect(next(`register-${w}`, { outcome })).toEqual({ blocked: "noAccount" });
  });
  it("goes on to log in once it does", () => {
    expect(next(`register-${w}`, { outcome, facts: { accountExists: true } })).toEqual({ to: `log-in-${w}` });
  });
});

describe.each([
  ["legal", "E-R1"],
  ["natural", "P-R1"],
] as const)("log-in-%s", (w, outcome) => {
  const step = `log-in-${w}` as const;
  it("accepts exactly ok, refused and forgot", () => {
    const input = FLOW[step].input;
    expect(input?.options).toEqual(["ok", "refused", "forgot"]);
    expect(input?.safeParse("done").success).toBe(false);
  });
  it("does not believe 'ok' until the platform shows the login", () => {
    expect(next(step, { outcome, answer: "ok" })).toEqual({ blocked: "notLoggedIn" });
  });
  it("asks for an answer when nothing happened yet", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "answerRequired" });
  });
  it.each(["refused", "forgot"])("'%s' (登录名或密码错误 / 忘记密码) → reset", (answer) => {
    expect(next(step, { outcome, answer })).toEqual({ to: `reset-${w}` });
  });
  it.each([
    ["unverified", `verify-${w}`],
    ["failed", `verify-failed-${w}`],
    ["pending", `verify-waiting-${w}`],
  ] as const)("logged in with status %s → %s, whatever the answer", (status, to) => {
    expect(next(step, { outcome, answer: "refused", facts: loggedIn(status) })).toEqual({ to });
  });
  it("logged in and already verified → the last step", () => {
    expect(next(step, { outcome, facts: loggedIn("verified") })).toEqual({ to: w === "legal" ? "enter-systems" : "personal-services" });
  });
});

describe.each([
  ["legal", "E-R2"],
  ["natural", "P-R2"],
] as const)("reset-%s", (w, outcome) => {
  const step = `reset-${w}` as const;
  it("does not believe 'done' until the platform shows a new password", () => {
    expect(next(step, { outcome, answer: "done" })).toEqual({ blocked: "notReset" });
  });
  it("asks for an answer when nothing happened yet", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "answerRequired" });
  });
  it("a new password → log in again", () => {
    expect(next(step, { outcome, answer: "done", facts: { passwordReset: true } })).toEqual({ to: `log-in-again-${w}` });
  });
  it("cannot reset → appeal", () => {
    expect(next(step, { outcome, answer: "cannot" })).toEqual({ to: `appeal-${w}` });
  });
  it("already logged in → on to verification", () => {
    expect(next(step, { outcome, facts: loggedIn("unverified") })).toEqual({ to: `verify-${w}` });
  });
});

describe.each([
  ["legal", "E-R1"],
  ["natural", "P-R1"],
] as const)("log-in-again-%s", (w, outcome) => {
  const step = `log-in-again-${w}` as const;
  it("'ok' without a login stays", () => {
    expect(next(step, { outcome, answer: "ok" })).toEqual({ blocked: "notLoggedIn" });
  });
  it("no answer stays", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "answerRequired" });
  });
  it("still refused → appeal", () => {
    expect(next(step, { outcome, answer: "refused" })).toEqual({ to: `appeal-${w}` });
  });
  it("logged in → verification", () => {
    expect(next(step, { outcome, facts: loggedIn("unverified") })).toEqual({ to: `verify-${w}` });
  });
});

describe.each([
  ["legal", "E-R1"],
  ["natural", "P-R4"],
] as const)("appeal-%s", (w, outcome) => {
  const step = `appeal-${w}` as const;
  it("stays until an appeal is on the platform", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "noAppeal" });
    expect(next(step, { outcome, facts: { appealCase: "rejected" } })).toEqual({ blocked: "noAppeal" });
  });
  it.each(["open", "approved"] as const)("an %s appeal → waiting", (appealCase) => {
    expect(next(step, { outcome, facts: { appealCase } })).toEqual({ to: `appeal-waiting-${w}` });
  });
  it("logged in meanwhile → what the account needs", () => {
    expect(next(step, { outcome, facts: loggedIn("verified") })).toEqual({ to: w === "legal" ? "enter-systems" : "personal-services" });
  });
});

describe.each([
  ["legal", "E-R3"],
  ["natural", "P-R4"],
] as const)("appeal-waiting-%s", (w, outcome) => {
  const step = `appeal-waiting-${w}` as const;
  it("'ok' without a login stays", () => {
    expect(next(step, { outcome, answer: "ok", facts: { appealCase: "approved" } })).toEqual({ blocked: "notLoggedIn" });
  });
  it("no answer stays", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "answerRequired" });
  });
  it("rejected → call support", () => {
    expect(next(step, { outcome, answer: "rejected" })).toEqual({ to: "call-support" });
  });
  it("logged in to a verified account (P-R4's) → the last step", () => {
    expect(next(step, { outcome, answer: "ok", facts: loggedIn("verified") })).toEqual({ to: w === "legal" ? "enter-systems" : "personal-services" });
  });
  it("logged in, not verified → verification", () => {
    expect(next(step, { outcome, facts: loggedIn("unverified") })).toEqual({ to: `verify-${w}` });
  });
});

describe.each([
  ["legal", "E-R1", "enter-systems"],
  ["natural", "P-R1", "personal-services"],
  ["natural", "E-R4", "authorisation"],
] as const)("verify-%s (%s)", (w, outcome, last) => {
  const step = `verify-${w}` as const;
  it("cannot tell without the status", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "logInToCheck" });
  });
  it("unverified stays", () => {
    expect(next(step, { outcome, facts: loggedIn("unverified") })).toEqual({ blocked: "notVerified" });
  });
  it.each([
    ["verified", last],
    ["failed", `verify-failed-${w}`],
    ["pending", `verify-waiting-${w}`],
  ] as const)("%s → %s", (status, to) => {
    expect(next(step, { outcome, facts: loggedIn(status) })).toEqual({ to });
  });
});

describe.each([
  ["legal", "E-R2"],
  ["natural", "P-R3"],
] as const)("verify-failed-%s", (w, outcome) => {
  const step = `verify-failed-${w}` as const;
  it("re-checked but still failed stays", () => {
    expect(next(step, { outcome, answer: "rechecked", facts: loggedIn("failed") })).toEqual({ blocked: "stillFailed" });
  });
  it("no answer stays", () => {
    expect(next(step, { outcome, facts: loggedIn("failed") })).toEqual({ blocked: "answerRequired" });
  });
  it("the data is right but it still fails → upload", () => {
    expect(next(step, { outcome, answer: "correct", facts: loggedIn("failed") })).toEqual({ to: `upload-${w}` });
  });
  it("re-checked and now verified → the last step", () => {
    expect(next(step, { outcome, answer: "rechecked", facts: loggedIn("verified") })).toEqual({ to: w === "legal" ? "enter-systems" : "personal-services" });
  });
  it("pending → waiting", () => {
    expect(next(step, { outcome, answer: "correct", facts: loggedIn("pending") })).toEqual({ to: `verify-waiting-${w}` });
  });
  it("cannot tell without the status", () => {
    expect(next(step, { outcome, answer: "correct" })).toEqual({ blocked: "logInToCheck" });
  });
});

describe.each([
  ["legal", "E-U1"],
  ["natural", "P-U1"],
] as const)("upload-%s", (w, outcome) => {
  const step = `upload-${w}` as const;
  it("stays until the documents are in (认证中)", () => {
    expect(next(step, { outcome, facts: loggedIn("failed") })).toEqual({ blocked: "notUploaded" });
  });
  it("认证中 → waiting", () => {
    expect(next(step, { outcome, facts: loggedIn("pending") })).toEqual({ to: `verify-waiting-${w}` });
  });
  it("verified → the last step", () => {
    expect(next(step, { outcome, facts: loggedIn("verified") })).toEqual({ to: w === "legal" ? "enter-systems" : "personal-services" });
  });
  it("cannot tell without the status", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "logInToCheck" });
  });
});

describe.each([
  ["legal", "E-U2"],
  ["natural", "P-U2"],
] as const)("verify-waiting-%s", (w, outcome) => {
  const step = `verify-waiting-${w}` as const;
  it.each(["pending", "failed", "unverified"] as const)("%s stays under review", (status) => {
    expect(next(step, { outcome, facts: loggedIn(status) })).toEqual({ blocked: "underReview" });
  });
  it("approved → the last step", () => {
    expect(next(step, { outcome, facts: loggedIn("verified") })).toEqual({ to: w === "legal" ? "enter-systems" : "personal-services" });
  });
  it("cannot tell without the status", () => {
    expect(next(step, { outcome })).toEqual({ blocked: "logInToCheck" });
  });
});

describe("authorisation (E-R4)", () => {
  it("needs the login to read the authorisation", () => {
    expect(next("authorisation", { outcome: "E-R4", facts: { authorised: true } })).toEqual({ blocked: "notLoggedIn" });
  });
  it("no authorisation on the account stays", () => {
    expect(next("authorisation", { outcome: "E-R4", facts: loggedIn("verified") })).toEqual({ blocked: "notAuthorised" });
  });
  it("authorised → the business systems", () => {
    expect(next("authorisation", { outcome: "E-R4", facts: { ...loggedIn("verified"), authorised: true } })).toEqual({ to: "enter-systems" });
  });
});

describe("last steps", () => {
  it.each(["enter-systems", "personal-services", "call-support"] as const)("%s has no next", (step) => {
    expect(FLOW[step].next).toBeNull();
  });
  it("the business systems tick off once verified", () => {
    expect(FLOW["enter-systems"].isComplete({ ...NO_FACTS, realNameStatus: "verified" })).toBe(true);
    expect(FLOW["enter-systems"].isComplete(NO_FACTS)).toBe(false);
  });
  it("calling support never ticks itself off", () => {
    expect(FLOW["call-support"].isComplete({ ...NO_FACTS, ...loggedIn("verified") })).toBe(false);
  });
});

describe("every question", () => {
  it.each(STEP_IDS.filter((id) => FLOW[id].input !== null))("%s accepts its own answers and nothing else", (step) => {
    const input = FLOW[step].input;
    for (const answer of input?.options ?? []) expect(input?.safeParse(answer).success).toBe(true);
    for (const wrong of ["", "OK", "yes", "ok ", "<script>", "done;drop"]) {
      if (!(input?.options as readonly string[]).includes(wrong)) expect(input?.safeParse(wrong).success).toBe(false);
    }
  });
});

describe("every outcome", () => {
  it.each(OUTCOME_CODES)("%s: the overview always leads somewhere", (outcome) => {
    expect("to" in next("overview", { outcome })).toBe(true);
  });
});
