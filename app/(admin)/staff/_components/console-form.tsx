"use client";
// One form of the console's operations: a heading, the error summary first, labelled fields with
// their errors beside them, hidden ids, one submit button. A plain form posting to a server action
// (works without JavaScript); what the action answers shows here — a notice, a secret shown once.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { controlAria, FieldFrame } from "@/components/forms/field-frame";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import type { ConsoleActionFn, ConsoleField } from "./console-form-types";

export interface ConsoleFormProps {
  action: ConsoleActionFn;
  /** Makes the field ids unique where one page has several forms. */
  idPrefix: string;
  title: string;
  lead?: string;
  fields: ConsoleField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  words: { pending: string; errorSummaryTitle: string; errorPrefix: string; secretLabel?: string };
}

export function ConsoleForm({ action, idPrefix, title, lead, fields, hidden, submitLabel, words }: ConsoleFormProps) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const id = (name: string) => `${idPrefix}-${name}`;
  const errors = fields.flatMap((field) => (failed?.fieldErrors?.[field.name] ? [{ href: `#${id(field.name)}`, message: failed.fieldErrors[field.name] ?? "" }] : []));
  const value = (field: ConsoleField) => failed?.values?.[field.name] ?? field.defaultValue;
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby={id("title")}>
      <h3 id={id("title")} className="text-lg font-bold">
        {title}
      </h3>
      <ErrorSummary title={words.errorSummaryTitle} formError={failed?.formError} errors={errors} />
      {state?.ok ? (
        <div role="status" className="border-l-4 border-green-700 bg-green-50 p-3" data-testid="console-notice">
          <p>{state.data.notice}</p>
          {state.data.secret ? (
            <p className="mt-2">
              {words.secretLabel}{" "}
              <code className="select-all rounded bg-white px-2 py-1 font-mono text-lg" data-testid="console-secret">
                {state.data.secret}
              </code>
            </p>
          ) : null}
        </div>
      ) : null}
      {lead ? <p>{lead}</p> : null}
      {Object.entries(hidden ?? {}).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      {fields.map((field) => {
        const common = { id: id(field.name), label: field.label, hint: field.hint, error: failed?.fieldErrors?.[field.name], errorPrefix: words.errorPrefix };
        if (field.kind === "textarea") return <TextAreaField key={field.name} {...common} name={field.name} defaultValue={value(field)} maxLength={field.maxLength} rows={3} />;
        if (field.kind === "select") {
          return (
            <FieldFrame key={field.name} {...common}>
              <select id={common.id} name={field.name} defaultValue={value(field)} {...controlAria(common)} className="mt-1 block w-full max-w-md rounded border-2 border-ink px-3 py-2 text-lg">
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </FieldFrame>
          );
        }
        return <TextField key={field.name} {...common} name={field.name} type={field.kind} defaultValue={field.kind === "password" ? undefined : value(field)} maxLength={field.maxLength} autoComplete={field.autoComplete ?? "off"} />;
      })}
      <SubmitButton label={submitLabel} pendingLabel={words.pending} />
    </form>
  );
}
