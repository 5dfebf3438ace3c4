"use client";
// The step's form: its question (radio buttons, the stored answer chosen) or only "继续". Posts
// without JavaScript; what the platform does not show yet comes back as an error linked to the
// question (or at the top of the form for a step that asks nothing).
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { RadioGroup, type RadioOption } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import type { StepFormState } from "../actions";

export interface StepFormProps {
  action: (previous: StepFormState, formData: FormData) => Promise<StepFormState>;
  question: { legend: string; options: RadioOption[]; defaultValue?: string } | null;
  labels: { submit: string; pending: string; errorSummaryTitle: string; errorPrefix: string };
}

export function StepForm({ action, question, labels }: StepFormProps) {
  const [state, formAction] = useActionState<StepFormState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const chosen = failed?.values?.answer || question?.defaultValue;
  return (
    <form action={formAction} noValidate className="space-y-6" aria-label={question?.legend ?? labels.submit}>
      <ErrorSummary title={labels.errorSummaryTitle} formError={failed?.formError} errors={summaryErrors(state, [{ name: "answer", id: "answer" }])} />
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
  );
}
