"use server";
// A reviewer's decision through the one form-action adapter: reviewer check → zod → lib/cases
// decideCase (one transaction) → back to the case page with a notice. Expected refusals
// (CaseError) come back in words; anything else is logged once by the adapter with a reference.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import { requestClient } from "@/lib/audit/request-client";
import { CaseError } from "@/lib/cases/case-errors";
import { decideCase } from "@/lib/cases/decide-case";
import { decisionFormSchema } from "@/lib/cases/decision-rules";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/staff/require-staff";
import type { DecisionState } from "../../_components/form-types";

const REASON_KEYS = ["reasonRequired", "reasonTooShort", "reasonTooLong"] as const;
type ReasonKey = (typeof REASON_KEYS)[number];
const isReasonKey = (message: string): message is ReasonKey => (REASON_KEYS as readonly string[]).includes(message);

const keptReason = (fields: Record<string, string>) => ({ reason: (fields.reason ?? "").slice(0, 2000) });

const decide = formAction({
  name: "staff.case.decide",
  authorise: () => requireStaff({ area: "caseDecision" }),
  schema: decisionFormSchema,
  invalid: async (issues, { fields }): Promise<DecisionState> => {
    const t = await getTranslations("staff");
    const reasonIssue = issues.find((issue) => issue.path[0] === "reason");
    return reasonIssue && isReasonKey(reasonIssue.message)
      ? { ok: false, fieldErrors: { reason: t(`fieldErrors.${reasonIssue.message}`) }, values: keptReason(fields) }
      : { ok: false, formError: t("fieldErrors.invalid"), values: keptReason(fields) };
  },
  describe: async (error) => (error instanceof CaseError ? (await getTranslations("staff"))(`caseErrors.${error.key}`) : null),
  failed: (formError, { fields }): DecisionState => ({ ok: false, formError, values: keptReason(fields) }),
  run: async ({ input, actor }): Promise<DecisionState> => {
    const { reference, decision, reason } = input;
    await decideCase({ db: db(), reference, staffId: actor.staffId, decision, reason, client: await requestClient() });
    redirect(`/staff/cases/${encodeURIComponent(reference)}?notice=${decision}`);
  },
});

export async function decideCaseAction(previous: DecisionState | null, formData: FormData): Promise<DecisionState> {
  return decide(previous, formData);
}
