// Rules of a reviewer's decision, shared by the form schema and decideCase: a rejection needs a
// reason the user can act on (it is shown to them), an approval may carry a short note.
import { z } from "zod";
import type { CaseDecision } from "./effects/types";

export const DECISION_REASON_MIN = 4;
export const DECISION_REASON_MAX = 500;

/** Trims and folds runs of whitespace, so "   " counts as empty and stored text stays tidy. */
export function normaliseReason(text: string | null | undefined): string | null {
  const folded = (text ?? "").replace(/\s+/g, " ").trim();
  return folded.length > 0 ? folded : null;
}

export type ReasonProblem = "reasonRequired" | "reasonTooShort" | "reasonTooLong";

export function checkDecisionReason(decision: CaseDecision, reason: string | null): ReasonProblem | null {
  if (reason === null) return decision === "rejected" ? "reasonRequired" : null;
  if (Array.from(reason).length > DECISION_REASON_MAX) return "reasonTooLong";
  if (decision === "rejected" && Array.from(reason).length < DECISION_REASON_MIN) return "reasonTooShort";
  return null;
}

/** The decision form: which decision, for which case, and the reason (message keys as errors). */
export const decisionFormSchema = z
  .object({
    reference: z.string().trim().regex(/^[A-Za-z0-9-]{4,40}$/, "invalid"),
    decision: z.enum(["approved", "rejected"], { error: "invalid" }),
    reason: z.string().max(4 * DECISION_REASON_MAX).optional(),
  })
  .transform((value, context) => {
    const reason = normaliseReason(value.reason);
    const problem = checkDecisionReason(value.decision, reason);
    if (problem) context.addIssue({ code: "custom", path: ["reason"], message: problem });
    return { reference: value.reference, decision: value.decision, reason };
  });

export type DecisionForm = z.output<typeof decisionFormSchema>;
