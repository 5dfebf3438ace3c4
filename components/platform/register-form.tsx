"use client";
// 自然人注册 / 单位用户（法人）注册 in two steps, each a plain HTML form: first the mobile and the
// captcha (a code is sent), then the details and the code. Without JavaScript the page comes back
// with the action's state, so the second step appears the same way.
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { withNext } from "@/lib/accounts/return-to";
import { maskMobile } from "@/lib/audit/mask";
import { CaptchaBlock } from "./captcha-block";
import type { CaptchaProps, RegisterField, RegisterFormState } from "./form-types";

const STEP1 = [
  { name: "mobile", id: "mobile" },
  { name: "captcha", id: "captcha" },
] as const;

const STEP2 = [
  { name: "smsCode", id: "smsCode" },
  { name: "orgName", id: "orgName" },
  { name: "uscc", id: "uscc" },
  { name: "loginName", id: "loginName" },
  { name: "password", id: "password" },
  { name: "passwordConfirm", id: "passwordConfirm" },
] as const;

export interface RegisterFormProps {
  kind: "natural" | "legal";
  initialCaptcha: CaptchaProps;
  /** The guide step to return to (already checked by safeNextPath): a hidden field of both steps. */
  next: string | null;
  action: (previous: RegisterFormState | null, formData: FormData) => Promise<RegisterFormState>;
}

export function RegisterForm({ kind, initialCaptcha, next, action }: RegisterFormProps) {
  const t = useTranslations("platform");
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const stage = failed?.stage ?? null;
  const errors: Partial<Record<RegisterField, string>> = failed?.fieldErrors ?? {};
  const field = (name: RegisterField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={name}
      name={name}
      label={t(`fields.${name}`)}
      error={errors[name]}
      errorPrefix={t("form.errorPrefix")}
      defaultValue={failed?.values?.[name]}
      maxLength={64}
      {...extra}
    />
  );

  if (!stage) {
    return (
      <form action={formAction} noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t("register.step1Title")}</h2>
        <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, STEP1)} />
        <input type="hidden" name="intent" value="sendCode" />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {field("mobile", { hint: t("hints.mobileForCode"), type: "tel", inputMode: "tel", autoComplete: "tel", maxLength: 32 })}
        <CaptchaBlock captcha={failed?.captcha ?? initialCaptcha} error={errors.captcha} resetSignal={failed?.answered} />
        <SubmitButton label={t("register.sendCode")} pendingLabel={t("form.pending")} />
      </form>
    );
  }

  const masked = maskMobile(stage.mobile);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <h2 className="text-xl font-bold">{t("register.step2Title")}</h2>
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, STEP2)} />
      <p role="status">
        {t("register.codeSent", { mobile: masked })}{" "}
        <Link className="text-gov-blue underline underline-offset-4" href={withNext(`/register/${kind}`, next)}>
          {t("register.changeMobile")}
        </Link>
      </p>
      <input type="hidden" name="intent" value="register" />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <input type="hidden" name="challenge" value={stage.challenge} />
      <input type="hidden" name="mobile" value={stage.mobile} />
      {field("smsCode", { hint: t("hints.smsCode", { mobile: masked }), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, width: "code", defaultValue: undefined })}
      {kind === "legal" ? field("orgName", { autoComplete: "organization", maxLength: 200 }) : null}
      {kind === "legal" ? field("uscc", { autoCapitalize: "characters", spellCheck: false, maxLength: 64 }) : null}
      {field("loginName", { hint: t("hints.loginNameNew"), autoComplete: "username", autoCapitalize: "none", spellCheck: false })}
      {field("password", { hint: t("hints.passwordNew"), type: "password", autoComplete: "new-password", maxLength: 1024, defaultValue: undefined })}
      {field("passwordConfirm", { type: "password", autoComplete: "new-password", maxLength: 1024, defaultValue: undefined })}
      <SubmitButton label={t("register.submit")} pendingLabel={t("form.pending")} />
    </form>
  );
}
