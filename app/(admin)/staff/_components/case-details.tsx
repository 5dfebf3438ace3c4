import { getTranslations } from "next-intl/server";
import type { ReviewDetailRow } from "@/lib/cases/review-masks";

/** What the applicant submitted, already masked by lib/cases (ID numbers, mobiles). */
export async function CaseDetails({ rows }: { rows: ReviewDetailRow[] | null }) {
  const t = await getTranslations("staff");
  const label = (key: string) => {
    const messageKey = `detailLabels.${key}`;
    return t.has(messageKey) ? t(messageKey as "detailLabels.name") : key;
  };
  // Stored codes in words where the catalogue knows them; anything else as it was submitted.
  const value = (key: string, text: string) => {
    if (key === "idType" && t.has(`idTypes.${text}`)) return t(`idTypes.${text}` as "idTypes.other");
    if (key === "failure" && t.has(`failures.${text}`)) return t(`failures.${text}` as "failures.not-checkable");
    return text;
  };
  return (
    <section aria-labelledby="details-heading" className="space-y-2">
      <h2 id="details-heading" className="text-xl font-bold">
        {t("case.details")}
      </h2>
      {rows === null ? (
        <p className="font-bold text-gov-red">{t("case.detailsUnreadable")}</p>
      ) : (
        <>
          <p className="text-muted">{t("case.detailsMasked")}</p>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="case-details">
            {rows.map((row) => (
              <div key={row.key} className="contents">
                <dt className="font-bold">{label(row.key)}</dt>
                <dd className="break-words">{value(row.key, row.value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
