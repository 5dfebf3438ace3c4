"use client";
// A step page with its form: the error summary first in <main> (GOV.UK), then the step (back link,
// heading, status, instruction and action: `intro`, rendered on the server), then the question (the
// stored answer chosen) or only "继续", then the compact footer. Posts without JavaScript; what the
// platform does not show yet comes back as an error linked to the question (or, for a step that
// asks nothing, in the summary).
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { RadioGroup, type RadioOption } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import type { StepFormState } from "../actions";

export interface StepFormProps {
  action: (previous: StepFormState, formData: FormData) => Promise<StepFormState>;
  question: { legend: string; options: RadioOption[]; defaultValue?: string } | null;
  labels: { submit: string; pending: string; errorSummaryTitle: string; errorPrefix: string };
  intro: ReactNode;
  footer: ReactNode;
}

export function StepForm({ action, question, labels, intro, footer }: StepFormProps) {
  const [state, formAction] = useActionState<StepFormState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const chosen = failed?.values?.answer || question?.defaultValue;
  return (
    <>
      <ErrorSummary title={labels.errorSummaryTitle} formError={failed?.formError} errors={summaryErrors(state, [{ name: "answer", id: "answer" }])} />
      {intro}
      <form action={formAction} noValidate className="space-y-6" aria-label={question?.legend ?? labels.submit}>
        {question ? (
          <RadioGroup
            // Re-mounted with the answer that came back, so a page rendered again keeps the choice.
            key={chosen ?? "none"}
            id="answer"
            name="answer"
            legend={question.legend}
            error={failed?.fieldErrors?.answer}
            errorPrefix={labels.errorPrefix}
            options={question.options}
            defaultValue={chosen}
          />
        ) : null}
        <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
      </form>
      {footer}
    </>
  );
}
