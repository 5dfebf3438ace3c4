// Index of the public outcome pages, grouped as the source groups them (enterprise, personal).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadOutcomeContent } from "@/lib/content/load-outcome-content";
import { OUTCOME_CODES } from "@/lib/migration/outcomes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guide.outcomes"))("metaTitle") };
}

export default async function OutcomesIndexPage() {
  const t = await getTranslations("guide.outcomes");
  const entries = await Promise.all(
    OUTCOME_CODES.map(async (code) => ({ code, title: (await loadOutcomeContent({ code, components: {} })).frontmatter.title })),
  );
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("heading")}</h1>
      <p>{t("lead")}</p>
      <ul className="space-y-2">
        {entries.map(({ code, title }) => (
          <li key={code}>
            <Link href={`/guide/outcomes/${code}`} className="text-gov-blue underline underline-offset-4">
              <span className="mr-2 font-mono font-bold">{code}</span>
              {title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
