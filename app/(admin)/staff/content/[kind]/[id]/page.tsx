import { createHash } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { ContentForm } from "@/components/staff-content/content-form";
import { readShippedContent } from "@/lib/content/content-file";
import { CONTENT_EDITOR_ROLES, contentKeyText, parseContentKey } from "@/lib/content/content-keys";
import { getContentOverride } from "@/lib/db/content/get-content-override";
import { loadContentTitle } from "@/lib/content/load-content-title";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/staff/require-staff";
import { revertContentAction } from "../../actions";

interface Props {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  return { title: key ? (await getTranslations("contentEditor"))("editTitle", { title: await loadContentTitle(key) }) : undefined };
}

/** One text in the editor: the current version (edit or shipped), save, and revert to shipped. */
export default async function ContentEditPage({ params, searchParams }: Props) {
  await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  if (!key) notFound();
  const t = await getTranslations("contentEditor");
  const notice = (await searchParams).notice;
  const [title, override] = await Promise.all([loadContentTitle(key), getContentOverride({ db: db(), key })]);
  const isEdited = override !== null;
  const body = override?.body ?? (await readShippedContent(key));
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <div className="space-y-6">
      <p>
        <Link className={link} href="/staff/content">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-gov-blue">{t("editTitle", { title })}</h1>
      {notice === "saved" ? <Notice tone="success">{t("saved")}</Notice> : null}
      {notice === "reverted" ? <Notice tone="success">{t("reverted")}</Notice> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t("keyLabel")}</dt>
        <dd className="font-mono">{contentKeyText(key)}</dd>
      </dl>
      <p>{t("status", { state: isEdited ? t("editedShort") : t("shipped") })}</p>
      {key.kind === "outcomes" ? (
        <p>
          <Link className={link} href={`/guide/outcomes/${key.id}`}>
            {t("viewPublic")}
          </Link>
        </p>
      ) : null}
      {/* Keyed by the text: after a revert the browser keeps the same page, and an uncontrolled
          textarea would otherwise keep showing the text it had before. */}
      <ContentForm key={createHash("sha256").update(body).digest("hex")} kind={key.kind} id={key.id} body={body} />
      {isEdited ? (
        <form action={revertContentAction}>
          <input type="hidden" name="kind" value={key.kind} />
          <input type="hidden" name="id" value={key.id} />
          <button type="submit" className="rounded border-2 border-gov-blue px-4 py-2 font-bold text-gov-blue">
            {t("revert")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
