import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { RollBackForm } from "@/components/staff-content/roll-back-form";
import { staffDate } from "@/components/staff-content/staff-date";
import { TextNav } from "@/components/staff-content/text-nav";
import { CONTENT_EDITOR_ROLES, parseContentKey } from "@/lib/content/content-keys";
import { loadContentTitle } from "@/lib/content/load-content-title";
import { rollbackSource } from "@/lib/content/version-kinds";
import { db } from "@/lib/db";
import { getPublishedContent } from "@/lib/db/content/get-published-content";
import { listContentVersions } from "@/lib/db/content/list-content-versions";
import { requireStaff } from "@/lib/staff/require-staff";

interface Props {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  return { title: key ? (await getTranslations("contentEditor"))("historyTitle", { title: await loadContentTitle(key) }) : undefined };
}

/** Every published version of a text, newest first, each with its diff and a rollback. */
export default async function ContentHistoryPage({ params, searchParams }: Props) {
  await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  if (!key) notFound();
  const t = await getTranslations("contentEditor");
  const query = await searchParams;
  const [title, versions, published] = await Promise.all([loadContentTitle(key), listContentVersions({ db: db(), key }), getPublishedContent({ db: db(), key })]);
  // What users see: the published version, or — with the shipped file live — a newest version that put it back.
  const newest = versions.at(0);
  const currentNumber = published ? published.number : newest && !newest.hasBody ? newest.number : null;
  const base = `/staff/content/${key.kind}/${key.id}`;
  const cell = "border-b border-gray-300 px-2 py-2 align-top";
  return (
    <div className="space-y-6">
      <TextNav textKey={key} current="history" />
      <h1 className="text-2xl font-bold text-gov-blue">{t("historyTitle", { title })}</h1>
      {query.notice === "rolledBack" ? <Notice tone="success">{t("notices.rolledBack", { number: String(query.number ?? "") })}</Notice> : null}
      <p>{t("history.lead")}</p>
      {versions.length === 0 ? <p>{t("history.empty")}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-muted">{t("history.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              {["number", "kind", "author", "publisher", "time", "actions"].map((column) => (
                <th key={column} scope="col" className="px-2 py-1">
                  {t(`history.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => {
              const source = version.kind === "rollback" ? rollbackSource(version.note) : null;
              const isCurrent = version.number === currentNumber;
              return (
                <tr key={version.number} data-testid={`version-${version.number}`}>
                  <th scope="row" className={cell}>
                    {version.number}
                    {isCurrent ? <span className="ml-2 font-normal text-green-800">{t("history.current")}</span> : null}
                  </th>
                  <td className={cell}>
                    {t(`history.kinds.${version.kind}`)}
                    {source !== null ? <span className="block text-muted">{t("history.rolledBackTo", { number: source })}</span> : version.note ? <span className="block text-muted">{version.note}</span> : null}
                  </td>
                  <td className={cell}>{version.authorName ?? t("someone")}</td>
                  <td className={cell}>{version.publisherName ?? t("someone")}</td>
                  <td className={cell}>{staffDate(version.publishedAt)}</td>
                  <td className={`${cell} space-y-2`}>
                    <Link className="block text-gov-blue underline underline-offset-4" href={`${base}/history/${version.number}`}>
                      {t("history.viewDiff", { number: version.number })}
                    </Link>
                    {isCurrent ? null : <RollBackForm kind={key.kind} id={key.id} to={version.number} label={t("history.rollBack", { number: version.number })} pendingLabel={t("history.rollBackPending")} />}
                  </td>
                </tr>
              );
            })}
            <tr data-testid="version-shipped">
              <th scope="row" className={cell}>
                {t("history.shippedRow")}
                {published ? null : <span className="ml-2 font-normal text-green-800">{t("history.current")}</span>}
              </th>
              <td className={cell} colSpan={4}>
                {t("history.shippedNote")}
              </td>
              <td className={cell}>
                {published ? <RollBackForm kind={key.kind} id={key.id} to="shipped" label={t("history.rollBackShipped")} pendingLabel={t("history.rollBackPending")} /> : null}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
