// The last step of an appeal: the documents, as a plain multipart form posted to the route handler
// (no server action: the upload is read there with its own size cap). Works without JavaScript;
// on a phone the file picker offers the camera.
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileField } from "@/components/forms/file-field";
import { withNext } from "@/lib/accounts/return-to";
import type { AppealField } from "./form-types";

const DOCUMENTS = { natural: ["idFront", "idBack"], legal: ["businessLicence", "appealLetter"] } as const;

export interface AppealDocumentsFormProps {
  kind: "natural" | "legal";
  errors: Partial<Record<AppealField, string>>;
  formError?: string;
  /** The guide step to return to, carried in the form's target through the route handler's redirect. */
  next: string | null;
}

export function AppealDocumentsForm({ kind, errors, formError, next }: AppealDocumentsFormProps) {
  const t = useTranslations("recovery.appeal");
  const tp = useTranslations("platform");
  const slots = DOCUMENTS[kind];
  const summary = slots.flatMap((slot) => (errors[slot] ? [{ href: `#${slot}`, message: errors[slot] }] : []));
  return (
    <form method="post" action={withNext(`/recovery/appeal/${kind}/documents`, next)} encType="multipart/form-data" noValidate className="space-y-5">
      <h2 className="text-xl font-bold">{t("documentsTitle")}</h2>
      <ErrorSummary title={tp("form.errorSummaryTitle")} formError={formError} errors={summary} />
      <p>{t("documentsLead")}</p>
      {slots.map((slot) => (
        <FileField key={slot} id={slot} name={slot} label={t(`fields.${slot}`)} hint={t(`hints.${slot}`)} error={errors[slot]} errorPrefix={tp("form.errorPrefix")} />
      ))}
      <button type="submit" className="rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
        {t("submit")}
      </button>
    </form>
  );
}
