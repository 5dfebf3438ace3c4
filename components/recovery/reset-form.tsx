"use client";
// 登录名重置密码 in three steps, each a plain HTML form (without JavaScript the page comes back with
// the action's state, so the next step appears the same way): login name + captcha; the reserved
// mobile (and for a legal account the organisation name and USCC); the code and the new password.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField, type TextFieldProps } from "@/components/forms/text-field";
import { CaptchaBlock } from "@/components/platform/captcha-block";
import type { CaptchaProps } from "@/components/platform/form-types";
import type { ResetField, ResetFormState } from "./form-types";

const fieldList = (...names: ResetField[]) => names.map((name) => ({ name, id: name }));

export interface ResetFormProps {
  kind: "natural" | "legal";
  initialCaptcha: CaptchaProps;
  /** The guide step to return to (already checked by safeNextPath): a hidden field of every step. */
  next: string | null;
  action: (previous: ResetFormState | null, formData: FormData) => Promise<ResetFormState>;
}

export function ResetForm({ kind, initialCaptcha, next, action }: ResetFormProps) {
  const t = useTranslations("recovery");
  const tp = useTranslations("platform");
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const stage = failed?.stage ?? null;
  const errors: Partial<Record<ResetField, string>> = failed?.fieldErrors ?? {};
  const field = (name: ResetField, extra: Partial<TextFieldProps> = {}) => (
    <TextField id={name} name={name} label={tp(`fields.${name}`)} error={errors[name]} errorPrefix={tp("form.errorPrefix")} defaultValue={failed?.values?.[name]} maxLength={64} {...extra} />
  );
  const nextField = next ? <input type="hidden" name="next" value={next} /> : null;
  const summary = (fields: ResetField[]) => (
    <ErrorSummary title={tp("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, fieldList(...fields))} />
  );

  if (!stage) {
    return (
      <form action={formAction} noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t("reset.step1Title")}</h2>
        {summary(["loginName", "captcha"])}
        <input type="hidden" name="intent" value="start" />
        {nextField}
        {field("loginName", { hint: t("reset.loginNameHint"), autoComplete: "username", autoCapitalize: "none", spellCheck: false })}
        <CaptchaBlock captcha={failed?.captcha ?? initialCaptcha} error={errors.captcha} resetSignal={failed?.answered} />
        <SubmitButton label={t("reset.next")} pendingLabel={tp("form.pending")} />
      </form>
    );
  }

  const loginNameLine = <p>{t("reset.forLoginName", { loginName: stage.loginName })}</p>;
  if (stage.step === "details") {
    return (
      <form action={formAction} noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t("reset.step2Title")}</h2>
        {summary(["mobile", "orgName", "uscc"])}
        {loginNameLine}
        <input type="hidden" name="intent" value="send" />
        {nextField}
        <input type="hidden" name="ticket" value={stage.ticket} />
        {field("mobile", { label: tp("fields.reservedMobile"), hint: t("reset.mobileHint"), type: "tel", inputMode: "tel", autoComplete: "tel", maxLength: 32 })}
        {kind === "legal" ? field("orgName", { autoComplete: "organization", maxLength: 200 }) : null}
        {kind === "legal" ? field("uscc", { autoCapitalize: "characters", spellCheck: false }) : null}
        <SubmitButton label={t("reset.sendCode")} pendingLabel={tp("form.pending")} />
      </form>
    );
  }

  return (
    <div className="space-y-5">
      <form action={formAction} noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t("reset.step3Title")}</h2>
        {summary(["smsCode", "newPassword", "newPasswordConfirm"])}
        {loginNameLine}
        <p role="status">{t("reset.codeSentIfMatching", { mobile: stage.maskedMobile })}</p>
        <input type="hidden" name="intent" value="confirm" />
        {nextField}
        <input type="hidden" name="ticket" value={stage.ticket} />
        {field("smsCode", { hint: tp("hints.smsCode", { mobile: stage.maskedMobile }), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, width: "code", defaultValue: undefined })}
        {field("newPassword", { hint: tp("hints.passwordNew"), type: "password", autoComplete: "new-password", maxLength: 1024, defaultValue: undefined })}
        {field("newPasswordConfirm", { type: "password", autoComplete: "new-password", maxLength: 1024, defaultValue: undefined })}
        <SubmitButton label={t("reset.submit")} pendingLabel={tp("form.pending")} />
      </form>
      <form action={formAction}>
        <input type="hidden" name="intent" value="back" />
        <input type="hidden" name="ticket" value={stage.ticket} />
        <button type="submit" className="text-gov-blue underline underline-offset-4">
          {t("reset.again")}
        </button>
      </form>
    </div>
  );
}
