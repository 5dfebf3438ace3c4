// The links between the staff pages of one text (edit, preview, history) and to the page users
// see, with the one being shown marked as current.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContentKey } from "@/lib/content/content-keys";

export type TextPage = "edit" | "preview" | "history";

export async function TextNav({ textKey, current }: { textKey: ContentKey; current: TextPage | null }) {
  const t = await getTranslations("contentEditor");
  const base = `/staff/content/${textKey.kind}/${textKey.id}`;
  const links: { page: TextPage; href: string; label: string }[] = [
    { page: "edit", href: base, label: t("links.edit") },
    { page: "preview", href: `${base}/preview`, label: t("links.preview") },
    { page: "history", href: `${base}/history`, label: t("links.history") },
  ];
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <nav aria-label={t("links.label")}>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link className={link} href="/staff/content">
            {t("backToList")}
          </Link>
        </li>
        {links.map(({ page, href, label }) => (
          <li key={page}>
            <Link className={page === current ? `${link} font-bold` : link} href={href} aria-current={page === current ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
        {textKey.kind === "outcomes" ? (
          <li>
            <Link className={link} href={`/guide/outcomes/${textKey.id}`}>
              {t("links.viewPublic")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
