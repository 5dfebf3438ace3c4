"use client";
// Second factor: the 6-digit code (also the confirmation of a new enrolment).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { confirmTotpAction } from "../login/totp/actions";

const FIELDS = [{ name: "code", id: "code" }] as const;

export function TotpForm({ enrolling }: { enrolling: boolean }) {
  const t = useTranslations("staff");
  const [state, formAction] = useActionState(confirmTotpAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      <TextField
        id="code"
        name="code"
        label={t("totp.code")}
        hint={t("totp.codeHint")}
        error={failed?.fieldErrors?.code}
        errorPrefix={t("form.errorPrefix")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={20}
        width="code"
      />
      <SubmitButton label={t(enrolling ? "totp.enrolSubmit" : "totp.submit")} pendingLabel={t("form.pending")} />
    </form>
  );
}
