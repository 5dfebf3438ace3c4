"use client";
// 账号安全 → 修改密码: the current password, then the new one twice, every policy reason shown.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(platform)/account/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { PasswordField } from "./form-types";

const FIELDS = [
  { name: "currentPassword", id: "currentPassword" },
  { name: "newPassword", id: "newPassword" },
  { name: "newPasswordConfirm", id: "newPasswordConfirm" },
] as const;

export function PasswordForm() {
  const t = useTranslations("platform");
  const [state, formAction] = useActionState(changePasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const errors: Partial<Record<PasswordField, string>> = failed?.fieldErrors ?? {};
  const field = (name: PasswordField, autoComplete: string, hint?: string) => (
    <TextField
      id={name}
      name={name}
      type="password"
      label={t(`fields.${name}`)}
      hint={hint}
      error={errors[name]}
      errorPrefix={t("form.errorPrefix")}
      autoComplete={autoComplete}
      maxLength={1024}
    />
  );
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      {field("currentPassword", "current-password")}
      {field("newPassword", "new-password", t("hints.passwordNew"))}
      {field("newPasswordConfirm", "new-password")}
      <SubmitButton label={t("security.passwordSubmit")} pendingLabel={t("form.pending")} />
    </form>
  );
}
