"use client";
// The form of one login window. Works without JavaScript: the action's state comes back in the
// re-rendered page (values kept, except the password), and the captcha falls back to a sum.
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { withNext } from "@/lib/accounts/return-to";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { CaptchaBlock } from "./captcha-block";
import type { LoginFormState } from "./form-types";

const FIELDS = [
  { name: "loginName", id: "loginName" },
  { name: "password", id: "password" },
  { name: "captcha", id: "captcha" },
] as const;

export interface LoginFormProps {
  window: "natural" | "legal";
  next: string | null;
  action: (previous: LoginFormState | null, formData: FormData) => Promise<LoginFormState>;
}

export function LoginForm({ window, next, action }: LoginFormProps) {
  const t = useTranslations("platform");
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const captcha = failed?.captcha ?? null;
  const errorPrefix = t("form.errorPrefix");
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      {failed?.otherWindow ? (
        <p>
          <Link className="font-bold text-gov-blue underline underline-offset-4" href={withNext(`/login/${failed.otherWindow}`, next)}>
            {t("login.goToWindow", { window: t(`window.${failed.otherWindow}`) })}
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="window" value={window} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="loginName"
        name="loginName"
        label={t("fields.loginName")}
        hint={t("hints.loginNameLogin")}
        error={errors.loginName}
        errorPrefix={errorPrefix}
        defaultValue={failed?.values?.loginName}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={64}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("fields.password")}
        error={errors.password}
        errorPrefix={errorPrefix}
        autoComplete="current-password"
        maxLength={1024}
      />
      {captcha?.enabled ? (
        <CaptchaBlock captcha={captcha} error={errors.captcha} resetSignal={failed?.answered} />
      ) : null}
      <SubmitButton label={t("login.submit")} pendingLabel={t("form.pending")} />
    </form>
  );
}
