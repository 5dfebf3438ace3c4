import "server-only";
// For the call centre (010-88659000): what a help code's journey shows — outcome, the step the
// person is on and the path so far, the login name as the lookup showed it. The looked-up USCC or
// mobile is masked, also inside the login name; nothing here opens the journey or any account.
import { maskMobile } from "@/lib/audit/mask";
import type { Db } from "@/lib/db";
import { normaliseHelpCode } from "./codes";
import { currentStepOf, type JourneyState } from "./journey-state";
import { openJourneyState } from "./sealed-state";
import type { StepId } from "./steps";

export interface HelpCodeView {
  helpCode: string;
  outcome: JourneyState["outcome"];
  currentStep: StepId;
  trail: StepId[];
  answers: JourneyState["answers"];
  maskedIdentifier: string;
  loginName: string | null;
  updatedAt: Date;
  expiresAt: Date;
}

function maskIdentifier(state: JourneyState): string {
  if (state.kind === "personal") return maskMobile(state.identifier);
  // A USCC is public, but a help code is read out loud: the last six characters are enough to confirm.
  return `************${state.identifier.slice(-6)}`;
}

export async function findJourneyByHelpCode(options: { db: Db; helpCode: string; now?: Date }): Promise<HelpCodeView | null> {
  const helpCode = normaliseHelpCode(options.helpCode);
  if (!helpCode) return null;
  const now = options.now ?? new Date();
  const row = await options.db.journey.findUnique({
    where: { helpCode },
    select: { helpCode: true, stateEnc: true, updatedAt: true, expiresAt: true },
  });
  if (!row || row.expiresAt <= now) return null;
  const state = openJourneyState(row.stateEnc);
  if (!state) return null;
  return {
    helpCode: row.helpCode,
    outcome: state.outcome,
    currentStep: currentStepOf(state),
    trail: state.trail,
    answers: state.answers,
    maskedIdentifier: maskIdentifier(state),
    // A login name made from the input (the mobile, `HJ_` + the USCC) is masked the same way.
    loginName: state.loginName?.replace(state.identifier, maskIdentifier(state)) ?? null,
    updatedAt: row.updatedAt,
    expiresAt: row.expiresAt,
  };
}
