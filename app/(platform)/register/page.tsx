import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChoiceCard } from "@/components/platform/choice-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.register"))("chooserTitle") };
}

export default async function RegisterChooserPage() {
  const t = await getTranslations("platform.register");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("chooserTitle")}</h1>
      <p>{t("chooserLead")}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        <ChoiceCard href="/register/natural" title={t("naturalTitle")} description={t("naturalDescription")} />
        <ChoiceCard href="/register/legal" title={t("legalTitle")} description={t("legalDescription")} />
      </ul>
      <p>
        {t("haveAccount")}{" "}
        <Link href="/login" className="text-gov-blue underline underline-offset-4">
          {t("loginLink")}
        </Link>
      </p>
    </div>
  );
}
