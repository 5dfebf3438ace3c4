"use client";
// The parts of the two appeal forms before the appeal itself: the contact mobile (with the captcha
// when nothing before it had one), the organisation pick of a legal appeal, and the confirmation.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { CaptchaBlock } from "@/components/platform/captcha-block";
import type { CaptchaProps } from "@/components/platform/form-types";
import type { AppealField, OrganisationChoice } from "./form-types";

type Errors = Partial<Record<AppealField, string>>;

export function ContactFields({ errors, values, captcha, answered }: { errors: Errors; values?: Partial<Record<AppealField, string>>; captcha: CaptchaProps | null; answered?: number }) {
  const t = useTranslations("recovery.appeal");
  const tp = useTranslations("platform");
  return (
    <>
      <TextField
        id="mobile"
        name="mobile"
        label={t("contactMobile")}
        hint={t("contactMobileHint")}
        error={errors.mobile}
        errorPrefix={tp("form.errorPrefix")}
        defaultValue={values?.mobile}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={32}
      />
      {captcha ? <CaptchaBlock captcha={captcha} error={errors.captcha} resetSignal={answered} /> : null}
      <SubmitButton label={tp("register.sendCode")} pendingLabel={tp("form.pending")} />
    </>
  );
}

export function OrganisationPick({ matches, query, error }: { matches: OrganisationChoice[]; query: string; error?: string }) {
  const t = useTranslations("recovery.appeal");
  const tp = useTranslations("platform");
  const options = matches.map((m, index) => ({
    value: String(index),
    label: m.orgName,
    hint: m.usccTail ? t("matchHint", { usccTail: m.usccTail, loginName: m.maskedLoginName }) : t("matchHintNoUscc", { loginName: m.maskedLoginName }),
  }));
  options.push({ value: "none", label: t("notInList"), hint: t("notInListHint") });
  return (
    <RadioGroup
      id="pick"
      name="pick"
      legend={matches.length ? t("pickLegend", { query, count: matches.length }) : t("noMatches", { query })}
      error={error}
      errorPrefix={tp("form.errorPrefix")}
      options={options}
      defaultValue={matches.length ? undefined : "none"}
    />
  );
}

export function AppealSubmitted({ reference }: { reference: string }) {
  const t = useTranslations("recovery.appeal");
  return (
    <section aria-labelledby="submitted-heading" className="space-y-3 border-l-4 border-green-700 bg-green-50 p-4">
      <h2 id="submitted-heading" className="text-xl font-bold">
        {t("submittedTitle")}
      </h2>
      <p>
        {t("referenceIs")} <strong data-testid="appeal-reference" className="text-xl tracking-wider">{reference}</strong>
      </p>
      <p>{t("submittedText")}</p>
      <Link href="/recovery/status" className="text-gov-blue underline underline-offset-4">
        {t("statusLink")}
      </Link>
    </section>
  );
}
