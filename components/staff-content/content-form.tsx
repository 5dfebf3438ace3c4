"use client";
// The text of one step or outcome page in a plain textarea. Posts without JavaScript; a refused
// text comes back in the field with the reason beside it, so nothing typed is lost.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveContentAction } from "@/app/(admin)/staff/content/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";

const FIELDS = [{ name: "body", id: "content-body" }] as const;

export function ContentForm({ kind, id, body }: { kind: string; id: string; body: string }) {
  const t = useTranslations("contentEditor");
  const [state, formAction] = useActionState(saveContentAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={t("errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <TextAreaField
        id="content-body"
        name="body"
        label={t("bodyLabel")}
        hint={t("bodyHint")}
        error={failed?.fieldErrors?.body}
        errorPrefix={t("errorPrefix")}
        defaultValue={failed?.values?.body ?? body}
        rows={24}
        spellCheck={false}
        look="source"
      />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
