"use client";
// The E-R4 hint form: a USCC and the captcha; the answer appears above the form (masked), with
// the way back to the guide's step when the page was opened from one.
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { BackToStep } from "@/components/platform/back-to-step";
import { CaptchaBlock } from "@/components/platform/captcha-block";
import type { CaptchaProps } from "@/components/platform/form-types";
import { Notice } from "@/components/platform/notice";
import type { HintFormState, HintResult } from "./form-types";

const FIELDS = [
  { name: "uscc", id: "uscc" },
  { name: "captcha", id: "captcha" },
] as const;

function HintAnswer({ result }: { result: HintResult }) {
  const t = useTranslations("recovery.hint");
  if (!result.found) {
    return (
      <Notice tone="warning">
        <p>{t("notFound")}</p>
        <Link href="/guide/enterprise" className="text-gov-blue underline underline-offset-4">
          {t("lookupLink")}
        </Link>
      </Notice>
    );
  }
  return (
    <Notice tone="success">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t("loginName")}</dt>
        <dd>{result.maskedLoginName}</dd>
        <dt className="font-bold">{t("mobile")}</dt>
        <dd>{result.maskedMobile ?? t("noMobile")}</dd>
      </dl>
      <p className="mt-2">{result.maskedMobile ? (result.smsSent ? t("smsSent", { mobile: result.maskedMobile }) : t("smsRecent")) : t("noMobileHelp")}</p>
    </Notice>
  );
}

type HintFormProps = {
  initialCaptcha: CaptchaProps;
  action: (previous: HintFormState | null, formData: FormData) => Promise<HintFormState>;
  next: string | null;
};

export function HintForm({ initialCaptcha, action, next }: HintFormProps) {
  const t = useTranslations("recovery.hint");
  const tp = useTranslations("platform");
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <div className="space-y-5">
      {state?.ok ? <HintAnswer result={state.data} /> : null}
      {state?.ok ? <BackToStep next={next} /> : null}
      <form action={formAction} noValidate className="space-y-5">
        <ErrorSummary title={tp("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
        <TextField
          id="uscc"
          name="uscc"
          label={tp("fields.uscc")}
          hint={t("usccHint")}
          error={failed?.fieldErrors?.uscc}
          errorPrefix={tp("form.errorPrefix")}
          defaultValue={failed?.values?.uscc}
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
        />
        <CaptchaBlock captcha={state?.captcha ?? initialCaptcha} error={failed?.fieldErrors?.captcha} resetSignal={state?.answered} />
        <SubmitButton label={t("submit")} pendingLabel={tp("form.pending")} />
      </form>
    </div>
  );
}
