"use client";
// 自然人申诉找回密码 / 单位法人用户申诉找回密码: every step a plain HTML form (the last one multipart, so
// the documents post without JavaScript and from a phone camera). Natural: contact mobile + captcha
// → details, code and ID photos → 下一步. Legal: organisation search + captcha → pick + contact mobile
// → enterprise data, code, business licence and appeal letter → 下一步. Then the reference number.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField, type TextFieldProps } from "@/components/forms/text-field";
import { CaptchaBlock } from "@/components/platform/captcha-block";
import type { CaptchaProps } from "@/components/platform/form-types";
import { AppealSubmitted, ContactFields, OrganisationPick } from "./appeal-steps";
import { FileInput } from "./file-input";
import type { AppealField, AppealFormState } from "./form-types";

const ORDER: AppealField[] = ["query", "pick", "mobile", "captcha", "smsCode", "personName", "idNumber", "orgName", "uscc", "legalRepName", "reason", "idFront", "idBack", "businessLicence", "appealLetter"];
const ALL_FIELDS = ORDER.map((name) => ({ name, id: name }));
const DOCUMENTS = { natural: ["idFront", "idBack"], legal: ["businessLicence", "appealLetter"] } as const;

export interface AppealFormProps {
  kind: "natural" | "legal";
  initialCaptcha: CaptchaProps;
  action: (previous: AppealFormState | null, formData: FormData) => Promise<AppealFormState>;
}

export function AppealForm({ kind, initialCaptcha, action }: AppealFormProps) {
  const t = useTranslations("recovery.appeal");
  const tp = useTranslations("platform");
  const [state, formAction] = useActionState(action, null);
  if (state?.ok) return <AppealSubmitted state={state} />;
  const failed = state;
  const stage = failed?.stage ?? null;
  const errors: Partial<Record<AppealField, string>> = failed?.fieldErrors ?? {};
  const summary = <ErrorSummary title={tp("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, ALL_FIELDS)} />;
  const hidden = (intent: string, ticket?: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      {ticket ? <input type="hidden" name="ticket" value={ticket} /> : null}
    </>
  );
  const field = (name: AppealField, extra: Partial<TextFieldProps> = {}) => (
    <TextField id={name} name={name} label={t(`fields.${name}`)} error={errors[name]} errorPrefix={tp("form.errorPrefix")} defaultValue={failed?.values?.[name]} maxLength={64} {...extra} />
  );

  if (!stage && kind === "legal") {
    return (
      <form action={formAction} noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t("searchTitle")}</h2>
        {summary}
        {hidden("search")}
        {field("query", { hint: t("queryHint"), autoComplete: "organization", maxLength: 200 })}
        <CaptchaBlock captcha={failed?.captcha ?? initialCaptcha} error={errors.captcha} resetSignal={failed?.answered} />
        <SubmitButton label={t("search")} pendingLabel={tp("form.pending")} />
      </form>
    );
  }
  if (!stage || stage.step === "contact" || stage.step === "pick") {
    return (
      <form action={formAction} noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t(stage?.step === "pick" ? "pickTitle" : "contactTitle")}</h2>
        {summary}
        {hidden(stage?.step === "pick" ? "pick" : "contact", stage?.ticket)}
        {stage?.step === "pick" ? <OrganisationPick matches={stage.matches} query={stage.query} error={errors.pick} /> : null}
        <ContactFields errors={errors} values={failed?.values} captcha={stage ? null : (failed?.captcha ?? initialCaptcha)} answered={failed?.answered} />
      </form>
    );
  }

  return (
    <div className="space-y-5">
      <form action={formAction} encType="multipart/form-data" noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t("detailsTitle")}</h2>
        {summary}
        <p role="status">{tp("register.codeSent", { mobile: stage.maskedMobile })}</p>
        {hidden("submit", stage.ticket)}
        {field("smsCode", { label: tp("fields.smsCode"), hint: tp("hints.smsCode", { mobile: stage.maskedMobile }), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, width: "code", defaultValue: undefined })}
        {kind === "natural" ? (
          <>
            {field("personName", { autoComplete: "name", maxLength: 50 })}
            {field("idNumber", { hint: t("idNumberHint"), autoComplete: "off", spellCheck: false, maxLength: 32 })}
          </>
        ) : (
          <>
            {field("orgName", { autoComplete: "organization", maxLength: 200 })}
            {field("uscc", { hint: t("usccHint"), autoCapitalize: "characters", spellCheck: false })}
            {field("legalRepName", { maxLength: 50 })}
          </>
        )}
        <div>
          <label htmlFor="reason" className="block text-lg font-bold">
            {t("fields.reason")}
          </label>
          <p id="reason-hint" className="text-muted">
            {t("reasonHint")}
          </p>
          {errors.reason ? (
            <p id="reason-error" className="font-bold text-gov-red">
              <span className="sr-only">{tp("form.errorPrefix")}</span>
              {errors.reason}
            </p>
          ) : null}
          <textarea
            id="reason"
            name="reason"
            rows={4}
            maxLength={1000}
            defaultValue={failed?.values?.reason}
            aria-describedby={errors.reason ? "reason-hint reason-error" : "reason-hint"}
            aria-invalid={errors.reason ? true : undefined}
            className={`mt-1 block w-full max-w-md rounded border-2 px-3 py-2 text-lg ${errors.reason ? "border-gov-red" : "border-ink"}`}
          />
        </div>
        <p>{t("documentsLead")}</p>
        {DOCUMENTS[kind].map((slot) => (
          <FileInput key={slot} id={slot} name={slot} label={t(`fields.${slot}`)} hint={t(`hints.${slot}`)} error={errors[slot]} errorPrefix={tp("form.errorPrefix")} />
        ))}
        <SubmitButton label={t("submit")} pendingLabel={tp("form.pending")} />
      </form>
      <form action={formAction}>
        {hidden("back", stage.ticket)}
        <button type="submit" className="text-gov-blue underline underline-offset-4">
          {t("changeMobile")}
        </button>
      </form>
    </div>
  );
}
