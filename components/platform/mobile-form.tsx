"use client";
// 账号安全 → 修改预留手机号 in two plain forms: the new number (a code is sent to it), then the
// code and the current password.
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeMobileAction } from "@/app/(platform)/account/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { maskMobile } from "@/lib/audit/mask";
import type { MobileField } from "./form-types";

const STEP1 = [{ name: "newMobile", id: "newMobile" }] as const;
const STEP2 = [
  { name: "smsCode", id: "mobileSmsCode" },
  { name: "currentPassword", id: "mobileCurrentPassword" },
] as const;

export function MobileForm() {
  const t = useTranslations("platform");
  const [state, formAction] = useActionState(changeMobileAction, null);
  const failed = state && !state.ok ? state : null;
  const errors: Partial<Record<MobileField, string>> = failed?.fieldErrors ?? {};
  const stage = failed?.stage ?? null;
  const prefix = t("form.errorPrefix");
  if (!stage) {
    return (
      <form action={formAction} noValidate className="space-y-5">
        <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, STEP1)} />
        <input type="hidden" name="intent" value="sendCode" />
        <TextField
          id="newMobile"
          name="newMobile"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          label={t("fields.newMobile")}
          hint={t("hints.mobileForCode")}
          error={errors.newMobile}
          errorPrefix={prefix}
          defaultValue={failed?.values?.newMobile}
          maxLength={32}
        />
        <SubmitButton label={t("register.sendCode")} pendingLabel={t("form.pending")} />
      </form>
    );
  }
  const masked = maskMobile(stage.mobile);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={t("form.errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, STEP2)} />
      <p role="status">
        {t("register.codeSent", { mobile: masked })}{" "}
        <Link className="text-gov-blue underline underline-offset-4" href="/account/security#change-mobile">
          {t("register.changeMobile")}
        </Link>
      </p>
      <input type="hidden" name="intent" value="change" />
      <input type="hidden" name="challenge" value={stage.challenge} />
      <input type="hidden" name="newMobile" value={stage.mobile} />
      <TextField
        id="mobileSmsCode"
        name="smsCode"
        label={t("fields.smsCode")}
        hint={t("hints.smsCode", { mobile: masked })}
        error={errors.smsCode}
        errorPrefix={prefix}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        width="code"
      />
      <TextField
        id="mobileCurrentPassword"
        name="currentPassword"
        type="password"
        label={t("fields.currentPassword")}
        error={errors.currentPassword}
        errorPrefix={prefix}
        autoComplete="current-password"
        maxLength={1024}
      />
      <SubmitButton label={t("security.mobileSubmit")} pendingLabel={t("form.pending")} />
    </form>
  );
}
