import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";

type Props = { searchParams: Promise<{ window?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery.setPassword"))("doneTitle") };
}

/** After the appeal's link was used: on to the account's login window. */
export default async function SetPasswordDonePage({ searchParams }: Props) {
  const { window } = await searchParams;
  const target = window === "legal" ? "/login/legal" : window === "natural" ? "/login/natural" : "/login";
  const t = await getTranslations("recovery");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("setPassword.doneTitle")}</h1>
      <Notice tone="success">{t("setPassword.doneText")}</Notice>
      <Link href={target} className="inline-block rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
        {t("reset.doneButton")}
      </Link>
    </div>
  );
}
