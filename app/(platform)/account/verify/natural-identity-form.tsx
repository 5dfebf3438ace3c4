"use client";
// 修改个人信息: name, 证件类型 and number → 保存 → automatic check. Posts without JavaScript too.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryErrors } from "@/components/forms/form-state";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { ID_TYPES } from "@/lib/verification/schemas";
import { saveNaturalIdentityAction } from "./actions";
import { IdAlreadyVerified } from "./id-already-verified";

const FIELDS = [
  { name: "personName", id: "personName" },
  { name: "idType", id: "idType" },
  { name: "idNumber", id: "idNumber" },
] as const;

export interface NaturalIdentityFormProps {
  personName: string;
  idType: string;
  maskedIdNumber: string | null;
  next: string | null;
}

export function NaturalIdentityForm({ personName, idType, maskedIdNumber, next }: NaturalIdentityFormProps) {
  const t = useTranslations("verification");
  const [state, formAction] = useActionState(saveNaturalIdentityAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const common = { requiredMark: t("required"), errorPrefix: t("errorPrefix") };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={t("errorSummaryTitle")} formError={failed?.formError} errors={summaryErrors(state, FIELDS)} />
      {failed?.idAlreadyVerified ? <IdAlreadyVerified /> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField id="personName" name="personName" label={t("fields.personName")} hint={t("hints.personName")} error={errors.personName} defaultValue={values.personName ?? personName} autoComplete="name" maxLength={50} {...common} />
      <RadioGroup
        id="idType"
        name="idType"
        legend={`${t("fields.idType")}${t("required")}`}
        hint={t("idTypeHint")}
        error={errors.idType}
        errorPrefix={t("errorPrefix")}
        defaultValue={values.idType ?? (idType || "resident-id")}
        options={ID_TYPES.map((value) => ({ value, label: t(`idTypes.${value}`) }))}
      />
      <TextField
        id="idNumber"
        name="idNumber"
        label={t("fields.idNumber")}
        hint={maskedIdNumber ? `${t("hints.idNumber")}${t("hints.savedId", { masked: maskedIdNumber })}` : t("hints.idNumber")}
        error={errors.idNumber}
        defaultValue={values.idNumber ?? ""}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        maxLength={64}
        {...common}
      />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
