// What deciding a case does, by case type. Every type of the Case model has a slot; a slot that
// is still null means that type cannot be decided yet, and decideCase refuses it with
// `case.noEffect` rather than closing a case whose consequence nobody wrote.
// The appeal slots are filled by the recovery work (issue 7 §6).
import type { CaseDecisionEffect } from "./types";
import { appealEffect } from "./appeal";
import { verificationEffect } from "./verification";

export const CASE_TYPES = ["verification-natural", "verification-legal", "appeal-natural", "appeal-legal"] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const caseDecisionEffects: Record<CaseType, CaseDecisionEffect | null> = {
  "verification-natural": verificationEffect,
  "verification-legal": verificationEffect,
  "appeal-natural": appealEffect,
  "appeal-legal": appealEffect,
};

export function isCaseType(value: string): value is CaseType {
  return (CASE_TYPES as readonly string[]).includes(value);
}

export function effectFor(type: string): CaseDecisionEffect | null {
  return isCaseType(type) ? caseDecisionEffects[type] : null;
}

export type { CaseDecision, CaseDecisionEffect, CaseEffectContext, CaseEffectResult, CaseNotice, DecidedCase } from "./types";
