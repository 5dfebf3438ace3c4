"use client";
// Approve, or reject with a reason: two plain forms posting to the same server action (no
// JavaScript needed). The reason is kept when the action refuses it.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { decideCaseAction } from "../cases/[reference]/actions";

const FIELDS = [{ name: "reason", id: "reason" }] as const;

function ApproveForm({ reference }: { reference: string }) {
  const t = useTranslations("staff");
  const [state, formAction] = useActionState(decideCaseAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="approve-heading">
      <h3 id="approve-heading" className="text-lg font-bold">
        {t("case.approveTitle")}
      </h3>
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={[]} />
      <p>{t("case.approveLead")}</p>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="decision" value="approved" />
      <SubmitButton label={t("case.approveSubmit")} pendingLabel={t("form.pending")} />
    </form>
  );
}

function RejectForm({ reference }: { reference: string }) {
  const t = useTranslations("staff");
  const [state, formAction] = useActionState(decideCaseAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-3" aria-labelledby="reject-heading">
      <h3 id="reject-heading" className="text-lg font-bold">
        {t("case.rejectTitle")}
      </h3>
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      <p>{t("case.rejectLead")}</p>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="decision" value="rejected" />
      <TextAreaField
        id="reason"
        name="reason"
        label={t("case.reasonLabel")}
        hint={t("case.reasonHint")}
        error={failed?.fieldErrors?.reason}
        errorPrefix={t("form.errorPrefix")}
        defaultValue={failed?.values?.reason}
        maxLength={2000}
        look="wideProse"
      />
      <SubmitButton label={t("case.rejectSubmit")} pendingLabel={t("form.pending")} />
    </form>
  );
}

export function DecisionForms({ reference }: { reference: string }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <ApproveForm reference={reference} />
      <RejectForm reference={reference} />
    </div>
  );
}
