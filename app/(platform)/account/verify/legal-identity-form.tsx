"use client";
// 修改法人信息: 法人单位基本信息, 法人授权信息, 法定代表人信息 → 保存 → automatic check. The USCC is
// the account's own and only shown. Posts without JavaScript too.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { saveLegalIdentityAction } from "./actions";

const FIELDS = [
  { name: "orgName", id: "orgName" },
  { name: "agentName", id: "agentName" },
  { name: "agentMobile", id: "agentMobile" },
  { name: "legalRepName", id: "legalRepName" },
  { name: "legalRepId", id: "legalRepId" },
] as const;

export interface LegalIdentityFormProps {
  uscc: string;
  saved: { orgName: string; agentName: string; agentMobile: string; legalRepName: string };
  maskedLegalRepId: string | null;
  next: string | null;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded border border-gray-300 p-4">
      <legend className="px-1 text-xl font-bold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function LegalIdentityForm({ uscc, saved, maskedLegalRepId, next }: LegalIdentityFormProps) {
  const t = useTranslations("verification");
  const [state, formAction] = useActionState(saveLegalIdentityAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = { ...saved, legalRepId: "", ...failed?.values };
  const common = { requiredMark: t("required"), errorPrefix: t("errorPrefix") };
  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary title={t("errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Section title={t("sections.org")}>
        <TextField id="orgName" name="orgName" label={t("fields.orgName")} hint={t("hints.orgName")} error={errors.orgName} defaultValue={values.orgName} autoComplete="organization" maxLength={200} {...common} />
        <div>
          <p className="text-lg font-bold">{t("fields.uscc")}</p>
          <p className="font-mono text-lg" data-testid="uscc">
            {uscc}
          </p>
          <p className="text-muted">{t("hints.uscc")}</p>
        </div>
      </Section>
      <Section title={t("sections.agent")}>
        <TextField id="agentName" name="agentName" label={t("fields.agentName")} hint={t("hints.agentName")} error={errors.agentName} defaultValue={values.agentName} autoComplete="name" maxLength={50} {...common} />
        <TextField id="agentMobile" name="agentMobile" type="tel" inputMode="tel" label={t("fields.agentMobile")} error={errors.agentMobile} defaultValue={values.agentMobile} autoComplete="tel" maxLength={32} {...common} />
      </Section>
      <Section title={t("sections.legalRep")}>
        <TextField id="legalRepName" name="legalRepName" label={t("fields.legalRepName")} error={errors.legalRepName} defaultValue={values.legalRepName} autoComplete="off" maxLength={50} {...common} />
        <TextField
          id="legalRepId"
          name="legalRepId"
          label={t("fields.legalRepId")}
          hint={maskedLegalRepId ? `${t("hints.legalRepId")}${t("hints.savedId", { masked: maskedLegalRepId })}` : t("hints.legalRepId")}
          error={errors.legalRepId}
          defaultValue={values.legalRepId}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          maxLength={64}
          {...common}
        />
      </Section>
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
