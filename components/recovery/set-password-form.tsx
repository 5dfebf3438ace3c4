"use client";
// The new password, twice, on the page the approved appeal's SMS links to.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { SetPasswordField, SetPasswordFormState } from "./form-types";

const FIELDS = [
  { name: "newPassword", id: "newPassword" },
  { name: "newPasswordConfirm", id: "newPasswordConfirm" },
] as const;

export function SetPasswordForm({ action }: { action: (previous: SetPasswordFormState | null, formData: FormData) => Promise<SetPasswordFormState> }) {
  const t = useTranslations("recovery.setPassword");
  const tp = useTranslations("platform");
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors: Partial<Record<SetPasswordField, string>> = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={tp("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      {FIELDS.map(({ name }) => (
        <TextField
          key={name}
          id={name}
          name={name}
          type="password"
          label={tp(`fields.${name}`)}
          hint={name === "newPassword" ? tp("hints.passwordNew") : undefined}
          error={errors[name]}
          errorPrefix={tp("form.errorPrefix")}
          autoComplete="new-password"
          maxLength={1024}
        />
      ))}
      <SubmitButton label={t("submit")} pendingLabel={tp("form.pending")} />
    </form>
  );
}
