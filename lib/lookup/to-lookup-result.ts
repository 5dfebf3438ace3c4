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
  const assigned = resolvedConflict(outcome, decision);
  if (assigned) return { input, kind, registeredInTorch, outcome, ...assigned };
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

/**
 * A CONFLICT record staff resolved (lib/db/migration/resolve-conflict-record.ts) keeps its outcome
 * and carries the login name and window they assigned; unresolved ones carry neither. The name is
 * given in full: staff assigned it to this Torch account's own new account, as the migration gives
 * `HJ_` + the input, and the user cannot log in with a masked one.
 */
function resolvedConflict(outcome: OutcomeCode, decision: StoredDecision): { loginName: string; window: LoginWindow } | null {
  if (outcome !== "CONFLICT" || !decision.loginName) return null;
  return decision.window === "natural" || decision.window === "legal" ? { loginName: decision.loginName, window: decision.window } : null;
}
