// The public page of one outcome (/guide/outcomes/E-R3): no personal data, so support staff can
// send its link. Built at build time, one per code; any other code is a 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isDatabaseDown } from "@/components/errors/database-guard";
import { OutcomeView } from "@/components/guide/outcome-view";
import { loadOutcomeContent } from "@/lib/content/load-outcome-content";
import { isOutcomeCode, OUTCOME_CODES } from "@/lib/migration/outcomes";

export const dynamicParams = false;

export function generateStaticParams() {
  return OUTCOME_CODES.map((code) => ({ code }));
}

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  if (!isOutcomeCode(code) || (await isDatabaseDown())) return {};
  const { frontmatter } = await loadOutcomeContent({ code, components: {} });
  return { title: (await getTranslations("site"))("withAside", { text: frontmatter.title, aside: code }), description: frontmatter.summary };
}

export default async function PublicOutcomePage({ params }: Props) {
  const { code } = await params;
  if (!isOutcomeCode(code)) notFound();
  const t = await getTranslations("guide.outcome");
  return (
    <OutcomeView
      code={code}
      header={<p className="rounded bg-blue-50 p-3 text-muted">{t("publicNote")}</p>}
      footer={
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/guide" className="font-bold text-gov-blue underline underline-offset-4">
            {t("lookUp")}
          </Link>
          <Link href="/guide/outcomes" className="text-gov-blue underline underline-offset-4">
            {t("allOutcomes")}
          </Link>
          <Link href="/faq" className="text-gov-blue underline underline-offset-4">
            {(await getTranslations("nav"))("faq")}
          </Link>
        </p>
      }
    />
  );
}
