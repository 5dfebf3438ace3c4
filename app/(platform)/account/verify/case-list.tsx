// 我的认证申请: the account's own verification cases, their status, a rejection's reason, and
// links to the documents it still keeps (served only to this account, see documents/[id]).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountCase } from "@/lib/cases/get-account-cases";
import { isDocumentSlot } from "@/lib/uploads/upload-rules";

export async function CaseList({ cases }: { cases: AccountCase[] }) {
  const t = await getTranslations("verification");
  const format = await getFormatter();
  return (
    <section aria-labelledby="cases-heading" className="space-y-3">
      <h2 id="cases-heading" className="text-xl font-bold">
        {t("cases.title")}
      </h2>
      <ul className="space-y-4">
        {cases.map((item) => (
          <li key={item.reference} className="rounded border border-gray-300 p-4" data-testid="account-case">
            <dl className="grid grid-cols-1 gap-x-6 sm:grid-cols-[max-content_1fr]">
              <dt className="font-bold text-muted">{t("cases.reference")}</dt>
              <dd className="font-mono">{item.reference}</dd>
              <dt className="font-bold text-muted">{t("cases.submittedAt")}</dt>
              <dd>{format.dateTime(item.createdAt, { dateStyle: "long", timeStyle: "short" })}</dd>
              <dt className="font-bold text-muted">{t("cases.statusLabel")}</dt>
              <dd>{t(`cases.status.${item.status}`)}</dd>
              {item.rejectionReason ? (
                <>
                  <dt className="font-bold text-muted">{t("cases.reason")}</dt>
                  <dd>{item.rejectionReason}</dd>
                </>
              ) : null}
            </dl>
            <p className="mt-2 font-bold">{t("cases.documents")}</p>
            {item.documents.length === 0 ? (
              <p className="text-muted">{t("cases.purged")}</p>
            ) : (
              <ul className="list-disc pl-6">
                {item.documents.map((document) => (
                  <li key={document.id}>
                    <Link className="text-gov-blue underline underline-offset-4" href={`/account/documents/${document.id}`} prefetch={false}>
                      {isDocumentSlot(document.slot) ? t(`slots.${document.slot}`) : document.slot}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
