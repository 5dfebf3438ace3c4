"use client";
// 我的信息: the contact details anyone may change without the password (name and e-mail).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateContactAction } from "@/app/(platform)/account/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

const FIELDS = [
  { name: "contactName", id: "contactName" },
  { name: "email", id: "email" },
] as const;

export function ContactForm({ contactName, email, next }: { contactName: string; email: string; next: string | null }) {
  const t = useTranslations("platform");
  const [state, formAction] = useActionState(updateContactAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="contactName"
        name="contactName"
        label={t("fields.contactName")}
        requiredMark={t("form.optional")}
        error={errors.contactName}
        errorPrefix={t("form.errorPrefix")}
        defaultValue={failed?.values?.contactName ?? contactName}
        autoComplete="name"
        maxLength={100}
      />
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("fields.email")}
        requiredMark={t("form.optional")}
        error={errors.email}
        errorPrefix={t("form.errorPrefix")}
        defaultValue={failed?.values?.email ?? email}
        autoComplete="email"
        spellCheck={false}
        maxLength={200}
      />
      <SubmitButton label={t("account.saveContact")} pendingLabel={t("form.pending")} />
    </form>
  );
}
