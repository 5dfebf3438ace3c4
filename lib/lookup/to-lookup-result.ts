// Turns a stored migration record, or a decision about an input with no Torch account, into the
// public lookup result. The outcome and window come from the record as written by the migration
// (never recomputed); only the presentation of the login name happens here.
import { isOutcomeCode, WINDOW_BY_OUTCOME, type LoginWindow, type OutcomeCode } from "@/lib/migration/outcomes";
import { presentLoginName } from "./mask-login-name";
import type { LookupResult } from "./types";

export interface StoredDecision {
  outcome: string;
  loginName: string | null;
  window: string | null;
}

function toWindow(value: string | null, outcome: OutcomeCode): LoginWindow | null {
  if (value === "natural" || value === "legal") return value;
  // A record without a usable window falls back to the fixed window of its outcome.
  return WINDOW_BY_OUTCOME[outcome];
}

export function toLookupResult(options: {
  input: string;
  kind: LookupResult["kind"];
  registeredInTorch: boolean;
  decision: StoredDecision;
}): LookupResult {
  const { input, kind, registeredInTorch, decision } = options;
  if (!isOutcomeCode(decision.outcome)) throw new Error(`unknown outcome code in migration data: ${decision.outcome}`);
  const outcome = decision.outcome;
  // Where the user must register, appeal or call, there is no name and no window to give.
  const givesName = WINDOW_BY_OUTCOME[outcome] !== null;
  return {
    input,
    kind,
    registeredInTorch,
    outcome,
    loginName: givesName && decision.loginName ? presentLoginName(decision.loginName, input) : null,
    window: givesName ? toWindow(decision.window, outcome) : null,
  };
}
