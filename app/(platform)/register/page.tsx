import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChoiceCard } from "@/components/platform/choice-card";
import { withNext } from "@/lib/accounts/return-to";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.register"))("chooserTitle") };
}

export default async function RegisterChooserPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("platform.register");
  const { next } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("chooserTitle")}</h1>
      <p>{t("chooserLead")}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        <ChoiceCard href={withNext("/register/natural", next)} title={t("naturalTitle")} description={t("naturalDescription")} />
        <ChoiceCard href={withNext("/register/legal", next)} title={t("legalTitle")} description={t("legalDescription")} />
      </ul>
      <p>
        {t("haveAccount")}{" "}
        <Link href={withNext("/login", next)} className="text-gov-blue underline underline-offset-4">
          {t("loginLink")}
        </Link>
      </p>
    </div>
  );
}
