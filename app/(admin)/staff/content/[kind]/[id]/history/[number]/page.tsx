import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContentDiffView } from "@/components/staff-content/content-diff-view";
import { RollBackForm } from "@/components/staff-content/roll-back-form";
import { staffDate } from "@/components/staff-content/staff-date";
import { TextNav } from "@/components/staff-content/text-nav";
import { diffContent } from "@/lib/content/content-diff";
import { readShippedContent } from "@/lib/content/content-file";
import { CONTENT_EDITOR_ROLES, parseContentKey } from "@/lib/content/content-keys";
import { loadContentTitle } from "@/lib/content/load-content-title";
import { db } from "@/lib/db";
import { getContentVersion } from "@/lib/db/content/get-content-version";
import { requireStaff } from "@/lib/staff/require-staff";

interface Props {
  params: Promise<{ kind: string; id: string; number: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, id, number } = await params;
  const key = parseContentKey(kind, id);
  return { title: key ? (await getTranslations("contentEditor"))("versionTitle", { number, title: await loadContentTitle(key) }) : undefined };
}

/** What one version changed against the version before it (or the shipped file), with a rollback to it. */
export default async function ContentVersionPage({ params }: Props) {
  await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const { kind, id, number: numberText } = await params;
  const key = parseContentKey(kind, id);
  const number = /^\d{1,7}$/.test(numberText) ? Number(numberText) : NaN;
  if (!key || !Number.isInteger(number)) notFound();
  const found = await getContentVersion({ db: db(), key, number });
  if (!found) notFound();
  const t = await getTranslations("contentEditor");
  const [title, shipped] = await Promise.all([loadContentTitle(key), readShippedContent(key)]);
  const { version, previous } = found;
  const before = previous?.body ?? shipped;
  return (
    <div className="space-y-6">
      <TextNav textKey={key} current={null} />
      <p>
        <Link className="text-gov-blue underline underline-offset-4" href={`/staff/content/${key.kind}/${key.id}/history`}>
          {t("backToHistory")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-gov-blue">{t("versionTitle", { number, title })}</h1>
      <p>
        {t(`history.kinds.${version.kind}`)} · {staffDate(version.publishedAt)}
      </p>
      {version.body === null ? <p>{t("history.versionShipped")}</p> : null}
      <section aria-labelledby="version-diff-heading" className="space-y-2">
        <h2 id="version-diff-heading" className="text-xl font-bold">
          {previous ? t("history.diffAgainstPrevious", { number: previous.number }) : t("history.diffAgainstShipped")}
        </h2>
        <ContentDiffView rows={diffContent(before, version.body ?? shipped)} />
      </section>
      <RollBackForm kind={key.kind} id={key.id} to={number} label={t("history.rollBack", { number })} pendingLabel={t("history.rollBackPending")} />
    </div>
  );
}
