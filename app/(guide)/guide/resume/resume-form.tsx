"use client";
// The resume code form (plain POST without JavaScript).
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { ResumeFormState, resumeJourneyAction } from "./actions";

export interface ResumeFormProps {
  action: typeof resumeJourneyAction;
  initialCode: string;
  labels: { label: string; hint: string; submit: string; errorSummaryTitle: string; errorPrefix: string };
}

export function ResumeForm({ action, initialCode, labels }: ResumeFormProps) {
  const [state, formAction] = useActionState<ResumeFormState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary title={labels.errorSummaryTitle} formError={failed?.formError} errors={summaryErrors(state, [{ name: "code", id: "code" }])} />
      <TextField
        key={failed?.values?.code ?? initialCode}
        id="code"
        name="code"
        label={labels.label}
        hint={labels.hint}
        error={failed?.fieldErrors?.code}
        errorPrefix={labels.errorPrefix}
        defaultValue={failed?.values?.code ?? initialCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={30}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.submit} />
    </form>
  );
}
