"use client";
// The text of one step or outcome page in a plain textarea. Posts without JavaScript; a refused
// text comes back in the field with the reason beside it, so nothing typed is lost.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveContentAction } from "@/app/(admin)/staff/content/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";

const FIELDS = [{ name: "body", id: "content-body" }] as const;

export function ContentForm({ kind, id, body }: { kind: string; id: string; body: string }) {
  const t = useTranslations("contentEditor");
  const [state, formAction] = useActionState(saveContentAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.fieldErrors?.body;
  const describedBy = ["content-body-hint", error ? "content-body-error" : null].filter(Boolean).join(" ");
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={t("errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <div className={error ? "border-l-4 border-gov-red pl-3" : undefined}>
        <label htmlFor="content-body" className="block text-lg font-bold">
          {t("bodyLabel")}
        </label>
        <p id="content-body-hint" className="text-muted">
          {t("bodyHint")}
        </p>
        {error ? (
          <p id="content-body-error" className="font-bold text-gov-red">
            <span className="sr-only">{t("errorPrefix")}</span>
            {error}
          </p>
        ) : null}
        <textarea
          id="content-body"
          name="body"
          rows={24}
          spellCheck={false}
          defaultValue={failed?.values?.body ?? body}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`mt-1 block w-full rounded border-2 px-3 py-2 font-mono text-base ${error ? "border-gov-red" : "border-ink"}`}
        />
      </div>
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
