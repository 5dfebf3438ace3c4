"use client";
// 查询申诉进度: reference number, mobile and captcha; then the SMS code; then the status itself.
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField, type TextFieldProps } from "@/components/forms/text-field";
import { CaptchaBlock } from "@/components/platform/captcha-block";
import type { CaptchaProps } from "@/components/platform/form-types";
import type { StatusField, StatusFormState, StatusView } from "./form-types";

const STEP1 = [
  { name: "reference", id: "reference" },
  { name: "mobile", id: "mobile" },
  { name: "captcha", id: "captcha" },
] as const;
const STEP2 = [{ name: "smsCode", id: "smsCode" }] as const;

function StatusResult({ view }: { view: StatusView }) {
  const t = useTranslations("recovery.status");
  const tone = { open: "border-gov-blue bg-blue-50", approved: "border-green-700 bg-green-50", rejected: "border-amber-600 bg-amber-50" }[view.status];
  return (
    <section aria-labelledby="status-result" className={`space-y-3 border-l-4 p-4 ${tone}`}>
      <h2 id="status-result" className="text-xl font-bold" tabIndex={-1}>
        {t(`result.${view.status}`)}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t("referenceLabel")}</dt>
        <dd>{view.reference}</dd>
        <dt className="font-bold">{t("kindLabel")}</dt>
        <dd>{t(`kind.${view.kind}`)}</dd>
        <dt className="font-bold">{t("submittedAt")}</dt>
        <dd>{view.submittedAt}</dd>
        {view.decidedAt ? (
          <>
            <dt className="font-bold">{t("decidedAt")}</dt>
            <dd>{view.decidedAt}</dd>
          </>
        ) : null}
        {view.status === "rejected" ? (
          <>
            <dt className="font-bold">{t("reasonLabel")}</dt>
            <dd data-testid="rejection-reason">{view.reason ?? t("noReason")}</dd>
          </>
        ) : null}
      </dl>
      <p>{t(`next.${view.status}`)}</p>
      {view.status === "rejected" ? (
        <Link className="text-gov-blue underline underline-offset-4" href={`/recovery/appeal/${view.kind}`}>
          {t("appealAgain")}
        </Link>
      ) : null}
    </section>
  );
}

export function StatusForm({ initialCaptcha, action }: { initialCaptcha: CaptchaProps; action: (previous: StatusFormState | null, formData: FormData) => Promise<StatusFormState> }) {
  const t = useTranslations("recovery.status");
  const tp = useTranslations("platform");
  const [state, formAction] = useActionState(action, null);
  if (state?.ok) return <StatusResult view={state.data} />;
  const failed = state;
  const errors: Partial<Record<StatusField, string>> = failed?.fieldErrors ?? {};
  const field = (name: StatusField, label: string, extra: Partial<TextFieldProps> = {}) => (
    <TextField id={name} name={name} label={label} error={errors[name]} errorPrefix={tp("form.errorPrefix")} defaultValue={failed?.values?.[name]} maxLength={40} {...extra} />
  );
  const stage = failed?.stage;
  if (stage) {
    return (
      <form action={formAction} noValidate className="space-y-5">
        <ErrorSummary title={tp("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, STEP2)} />
        <p role="status">{t("codeSentIfMatching", { mobile: stage.maskedMobile })}</p>
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="ticket" value={stage.ticket} />
        {field("smsCode", tp("fields.smsCode"), { hint: tp("hints.smsCode", { mobile: stage.maskedMobile }), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, width: "code" })}
        <SubmitButton label={t("submit")} pendingLabel={tp("form.pending")} />
      </form>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={tp("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, STEP1)} />
      <input type="hidden" name="intent" value="send" />
      {field("reference", t("referenceLabel"), { hint: t("referenceHint"), autoCapitalize: "characters", spellCheck: false })}
      {field("mobile", t("mobileLabel"), { hint: t("mobileHint"), type: "tel", inputMode: "tel", autoComplete: "tel", maxLength: 32 })}
      <CaptchaBlock captcha={failed?.captcha ?? initialCaptcha} error={errors.captcha} resetSignal={failed?.answered} />
      <SubmitButton label={tp("register.sendCode")} pendingLabel={tp("form.pending")} />
    </form>
  );
}
