import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChoiceCard } from "@/components/platform/choice-card";
import { Notice } from "@/components/platform/notice";
import { loginNotice, safeNextPath } from "@/lib/accounts/notices";
import { withNext } from "@/lib/accounts/return-to";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.login"))("chooserTitle") };
}

export default async function LoginChooserPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("platform.login");
  const params = await searchParams;
  const notice = loginNotice(params.notice);
  const next = safeNextPath(params.next);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("chooserTitle")}</h1>
      {notice ? <Notice tone={notice === "registered" ? "success" : "info"}>{t(notice)}</Notice> : null}
      <p>{t("chooserLead")}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        <ChoiceCard href={withNext("/login/natural", next)} title={t("naturalTitle")} description={t("naturalDescription")} />
        <ChoiceCard href={withNext("/login/legal", next)} title={t("legalTitle")} description={t("legalDescription")} />
      </ul>
      <p>
        {t("noAccount")}{" "}
        <Link href={withNext("/register", next)} className="text-gov-blue underline underline-offset-4">
          {t("registerLink")}
        </Link>
      </p>
    </div>
  );
}
