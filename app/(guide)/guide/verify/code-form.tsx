"use client";
// The 6-digit SMS code of a personal lookup. The challenge stays in a sealed HttpOnly cookie, so
// the form carries only the code.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { CodeFormState, confirmCodeAction } from "../actions";

export interface CodeFormProps {
  action: typeof confirmCodeAction;
  labels: { code: string; hint: string; submit: string; pending: string; errorSummaryTitle: string; errorPrefix: string };
}

export function CodeForm({ action, labels }: CodeFormProps) {
  const [state, formAction] = useActionState<CodeFormState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={labels.errorSummaryTitle} formError={failed?.formError} errors={summaryErrors(state, [{ name: "code", id: "code" }])} />
      <TextField
        id="code"
        name="code"
        label={labels.code}
        hint={labels.hint}
        error={failed?.fieldErrors?.code}
        errorPrefix={labels.errorPrefix}
        defaultValue={failed?.values?.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={20}
        spellCheck={false}
        width="code"
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
