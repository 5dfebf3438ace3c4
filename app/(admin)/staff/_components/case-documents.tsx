import { getTranslations } from "next-intl/server";
import { slotKey } from "./case-labels";

export interface CaseDocumentsProps {
  reference: string;
  documents: { id: string; slot: string; mediaType: string; size: number }[];
  purged: boolean;
}

function kilobytes(size: number): string {
  return `${Math.max(1, Math.round(size / 1024))} KB`;
}

/** Links to the documents; the route checks again on every request who may open them. */
export async function CaseDocuments({ reference, documents, purged }: CaseDocumentsProps) {
  const t = await getTranslations("staff");
  const mediaLabel = (type: string) => (t.has(`mediaTypes.${type}`) ? t(`mediaTypes.${type}` as "mediaTypes.image/png") : type);
  return (
    <section aria-labelledby="documents-heading" className="space-y-2">
      <h2 id="documents-heading" className="text-xl font-bold">
        {t("case.documents")}
      </h2>
      {purged ? <p>{t("case.documentsPurged")}</p> : null}
      {!purged && documents.length === 0 ? <p>{t("case.documentsNone")}</p> : null}
      {documents.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6">
          {documents.map((document) => {
            const slot = slotKey(document.slot);
            return (
              <li key={document.id}>
                <a
                  className="text-gov-blue underline underline-offset-4"
                  href={`/staff/cases/${encodeURIComponent(reference)}/documents/${encodeURIComponent(document.id)}`}
                >
                  {t("case.documentLink", { slot: slot ? t(`slots.${slot}`) : document.slot, type: mediaLabel(document.mediaType), size: kilobytes(document.size) })}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
