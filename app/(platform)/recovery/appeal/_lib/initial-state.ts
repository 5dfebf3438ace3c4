import "server-only";
// Where the appeal page starts after the documents' route handler sent the user back: the
// reference number, or the documents step again with what was wrong (in words).
import { getTranslations } from "next-intl/server";
import type { AppealField, AppealFormState } from "@/components/recovery/form-types";
import type { AppealFlash } from "./appeal-cookies";

export async function appealStateFromFlash(flash: AppealFlash | null): Promise<AppealFormState | null> {
  if (!flash) return null;
  const t = await getTranslations("recovery");
  // The words of lib/uploads' refusals are shared with the verification upload.
  const upload = await getTranslations("verification.uploadErrors");
  const documents = { step: "documents" as const };
  switch (flash.outcome) {
    case "submitted":
      return { ok: true, data: { reference: flash.reference } };
    case "fileErrors": {
      const fieldErrors: Partial<Record<AppealField, string>> = {};
      for (const [field, code] of Object.entries(flash.fileErrors)) {
        fieldErrors[field as AppealField] = upload(code);
      }
      return { ok: false, stage: documents, fieldErrors };
    }
    case "wait":
      return { ok: false, stage: documents, formError: t("errors.appealWait", { hours: Math.max(1, Math.ceil(flash.retryAfterSeconds / 3600)) }) };
    case "tooLarge":
      return { ok: false, stage: documents, formError: upload("caseTooLarge") };
    case "badRequest":
      return { ok: false, stage: documents, formError: upload("unreadable") };
    case "expired":
      return { ok: false, formError: t("errors.ticketExpired") };
  }
}
