import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { staffDate } from "@/components/staff-content/staff-date";
import { allContentKeys, CONTENT_EDITOR_ROLES, contentKeyText, type ContentKey } from "@/lib/content/content-keys";
import { loadContentTitle } from "@/lib/content/load-content-title";
import { db } from "@/lib/db";
import { listContentStates } from "@/lib/db/content/list-content-states";
import { env } from "@/lib/env";
import { requireStaff } from "@/lib/staff/require-staff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contentEditor"))("listTitle") };
}

/** Every text staff may edit, outcome pages first, each with what users see and any draft. */
export default async function ContentListPage() {
  await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const t = await getTranslations("contentEditor");
  const states = await listContentStates({ db: db() });
  const entries = await Promise.all(allContentKeys().map(async (key) => ({ key, title: await loadContentTitle(key) })));
  const section = (kind: ContentKey["kind"], heading: string) => (
    <section aria-labelledby={`${kind}-heading`} className="space-y-2">
      <h2 id={`${kind}-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      <ul className="divide-y divide-gray-300 border-y border-gray-300">
        {entries
          .filter((entry) => entry.key.kind === kind)
          .map(({ key, title }) => {
            const state = states.get(contentKeyText(key));
            return (
              <li key={contentKeyText(key)} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link className="text-gov-blue underline underline-offset-4" href={`/staff/content/${key.kind}/${key.id}`} aria-label={t("editLink", { title })}>
                  {title}
                </Link>
                <span className="font-mono text-sm text-muted">{key.id}</span>
                <span className="flex flex-wrap gap-x-3">
                  <span className={state?.publishedAt ? "font-bold text-green-800" : "text-muted"}>{state?.publishedAt ? t("published", { date: staffDate(state.publishedAt) }) : t("shipped")}</span>
                  {state?.draftAt ? <span className="font-bold text-amber-800">{t(state.submitted ? "draftSubmitted" : "hasDraft", { date: staffDate(state.draftAt) })}</span> : null}
                </span>
              </li>
            );
          })}
      </ul>
    </section>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("listTitle")}</h1>
      <p>{t("listLead")}</p>
      {env().CONTENT_REVIEW === "required" ? <p>{t("reviewRequiredLead")}</p> : null}
      {section("outcomes", t("outcomesHeading"))}
      {section("steps", t("stepsHeading"))}
    </div>
  );
}
