"use server";
// A reviewer's decision: zod → reviewer check → lib/cases decideCase (one transaction) → back to
// the case page with a notice. Expected refusals come back in words; anything else is logged with
// a reference and answered generically.
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestClient } from "@/lib/audit/request-client";
import { CaseError } from "@/lib/cases/case-errors";
import { decideCase } from "@/lib/cases/decide-case";
import { decisionFormSchema } from "@/lib/cases/decision-rules";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/staff/require-staff";
import type { DecisionState } from "../../_components/form-types";

type ReasonKey = "reasonRequired" | "reasonTooShort" | "reasonTooLong" | "invalid";
const REASON_KEYS: readonly string[] = ["reasonRequired", "reasonTooShort", "reasonTooLong"];

export async function decideCaseAction(_previous: DecisionState | null, formData: FormData): Promise<DecisionState> {
  const staff = await requireStaff({ role: "reviewer" });
  const t = await getTranslations("staff");
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const reasonText = text("reason") ?? "";
  const parsed = decisionFormSchema.safeParse({ reference: text("reference"), decision: text("decision"), reason: reasonText });
  if (!parsed.success) {
    const reasonIssue = parsed.error.issues.find((issue) => issue.path[0] === "reason");
    const key: ReasonKey = reasonIssue && REASON_KEYS.includes(reasonIssue.message) ? (reasonIssue.message as ReasonKey) : "invalid";
    return key === "invalid"
      ? { ok: false, formError: t("fieldErrors.invalid"), values: { reason: reasonText.slice(0, 2000) } }
      : { ok: false, fieldErrors: { reason: t(`fieldErrors.${key}`) }, values: { reason: reasonText.slice(0, 2000) } };
  }
  const { reference, decision, reason } = parsed.data;
  try {
    await decideCase({ db: db(), reference, staffId: staff.staffId, decision, reason, client: await requestClient() });
  } catch (error) {
    if (error instanceof CaseError) {
      return { ok: false, formError: t(`caseErrors.${error.key}`), values: { reason: reasonText.slice(0, 2000) } };
    }
    const ref = randomBytes(4).toString("hex");
    console.error(`decision on ${reference} failed (ref ${ref}):`, error);
    return { ok: false, formError: t("caseErrors.unexpected", { ref }), values: { reason: reasonText.slice(0, 2000) } };
  }
  redirect(`/staff/cases/${encodeURIComponent(reference)}?notice=${decision}`);
}
