"use client";
// 自然人申诉找回密码 / 单位法人用户申诉找回密码: every step a plain HTML form. Natural: contact mobile +
// captcha → details and code → ID photos → 下一步. Legal: organisation search + captcha → pick +
// contact mobile → enterprise data and code → business licence and appeal letter → 下一步. The
// documents form is multipart and posts to a route handler; then the reference number.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField, type TextFieldProps } from "@/components/forms/text-field";
import { CaptchaBlock } from "@/components/platform/captcha-block";
import type { CaptchaProps } from "@/components/platform/form-types";
import { AppealDocumentsForm } from "./appeal-documents-form";
import { AppealSubmitted, ContactFields, OrganisationPick } from "./appeal-steps";
import type { AppealField, AppealFormState } from "./form-types";

const ORDER: AppealField[] = ["query", "pick", "mobile", "captcha", "smsCode", "personName", "idNumber", "orgName", "uscc", "legalRepName", "reason"];
const ALL_FIELDS = ORDER.map((name) => ({ name, id: name }));

export interface AppealFormProps {
  kind: "natural" | "legal";
  initialCaptcha: CaptchaProps;
  action: (previous: AppealFormState | null, formData: FormData) => Promise<AppealFormState>;
  /** The state the page starts from: after the documents' route handler sent the user back here. */
  initialState?: AppealFormState | null;
  /** The guide step to return to (already checked by safeNextPath), if the appeal started from one. */
  next?: string | null;
}

export function AppealForm({ kind, initialCaptcha, action, initialState = null, next = null }: AppealFormProps) {
  const t = useTranslations("recovery.appeal");
  const tp = useTranslations("platform");
  const [state, formAction] = useActionState(action, initialState);
  if (state?.ok) return <AppealSubmitted reference={state.data.reference} next={next} />;
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

  if (stage.step === "documents") return <AppealDocumentsForm kind={kind} errors={errors} formError={failed?.formError} next={next} />;

  return (
    <div className="space-y-5">
      <form action={formAction} noValidate className="space-y-5">
        <h2 className="text-xl font-bold">{t("detailsTitle")}</h2>
        {summary}
        <p role="status">{tp("register.codeSent", { mobile: stage.maskedMobile })}</p>
        {hidden("details", stage.ticket)}
        {field("smsCode", { label: tp("fields.smsCode"), hint: tp("hints.smsCode", { mobile: stage.maskedMobile }), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, width: "code", defaultValue: undefined })}
        {kind === "natural" ? (
          <>
            {field("personName", { autoComplete: "name", maxLength: 50 })}
            {field("idNumber", { hint: t("idNumberHint"), autoComplete: "off", spellCheck: false, maxLength: 32 })}
          </>
        ) : (
          <>
            {field("orgName", { autoComplete: "organization", maxLength: 100 })}
            {field("uscc", { hint: t("usccHint"), autoCapitalize: "characters", spellCheck: false })}
            {field("legalRepName", { maxLength: 50 })}
          </>
        )}
        <TextAreaField id="reason" name="reason" label={t("fields.reason")} hint={t("reasonHint")} error={errors.reason} errorPrefix={tp("form.errorPrefix")} defaultValue={failed?.values?.reason} maxLength={400} />
        <SubmitButton label={t("continue")} pendingLabel={tp("form.pending")} />
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
