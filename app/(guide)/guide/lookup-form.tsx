"use client";
// Step 2: the USCC or the mobile, and the captcha. Errors appear next to their field and in the
// summary; the typed value comes back with them (with or without JavaScript).
import { useActionState } from "react";
import { CAPTCHA_FIELD_ID, CaptchaField, type CaptchaFieldProps } from "@/components/forms/captcha-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField, type TextFieldProps } from "@/components/forms/text-field";
import type { LookupFormState, lookUpEnterpriseAction } from "./actions";

export interface LookupFormProps {
  action: typeof lookUpEnterpriseAction;
  field: Omit<TextFieldProps, "id" | "name" | "error" | "defaultValue" | "errorPrefix">;
  captcha: Omit<CaptchaFieldProps, "error" | "errorPrefix" | "resetSignal">;
  labels: { submit: string; pending: string; errorSummaryTitle: string; errorPrefix: string };
}

export function LookupForm({ action, field, captcha, labels }: LookupFormProps) {
  const [state, formAction] = useActionState<LookupFormState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const summary = summaryErrors(state, [
    { name: "q", id: "q" },
    { name: "captcha", id: CAPTCHA_FIELD_ID },
  ]);
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={labels.errorSummaryTitle} formError={failed?.formError} errors={summary} />
      <TextField id="q" name="q" {...field} error={failed?.fieldErrors?.q} errorPrefix={labels.errorPrefix} defaultValue={failed?.values?.q} />
      <CaptchaField {...captcha} error={failed?.fieldErrors?.captcha} errorPrefix={labels.errorPrefix} resetSignal={state} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
