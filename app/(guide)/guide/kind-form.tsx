"use client";
// Step 1: enterprise or personal. One question, asked by the fieldset's legend as the page heading.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { RadioGroup, type RadioOption } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import type { chooseKindAction, KindFormState } from "./actions";

export interface KindFormProps {
  action: typeof chooseKindAction;
  labels: { legend: string; hint: string; submit: string; pending: string; errorSummaryTitle: string; errorPrefix: string };
  options: RadioOption[];
}

export function KindForm({ action, labels, options }: KindFormProps) {
  const [state, formAction] = useActionState<KindFormState, FormData>(action, null);
  const error = state && !state.ok ? state.fieldErrors?.kind : undefined;
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={labels.errorSummaryTitle} errors={summaryErrors(state, [{ name: "kind", id: "kind" }])} />
      <RadioGroup id="kind" name="kind" legend={labels.legend} legendAsHeading hint={labels.hint} error={error} errorPrefix={labels.errorPrefix} options={options} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
