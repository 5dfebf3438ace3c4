"use client";
// First factor of the staff login. Works without JavaScript: the state comes back in the page,
// the name kept, the password not.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { logInStaffAction } from "../login/actions";

const FIELDS = [
  { name: "name", id: "name" },
  { name: "password", id: "password" },
] as const;

export function StaffLoginForm() {
  const t = useTranslations("staff");
  const [state, formAction] = useActionState(logInStaffAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      <TextField
        id="name"
        name="name"
        label={t("login.name")}
        error={errors.name}
        errorPrefix={t("form.errorPrefix")}
        defaultValue={failed?.values?.name}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={64}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("login.password")}
        error={errors.password}
        errorPrefix={t("form.errorPrefix")}
        autoComplete="current-password"
        maxLength={1024}
      />
      <SubmitButton label={t("login.submit")} pendingLabel={t("form.pending")} />
    </form>
  );
}
