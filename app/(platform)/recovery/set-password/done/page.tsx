import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { readDoneFlash } from "../../_lib/done-cookie";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery.setPassword"))("doneTitle") };
}

/** After the appeal's link was used (its flash says so and for which window): on to that login window. */
export default async function SetPasswordDonePage() {
  const flash = await readDoneFlash("set-password");
  if (!flash) redirect("/recovery");
  const t = await getTranslations("recovery");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("setPassword.doneTitle")}</h1>
      <Notice tone="success">{t("setPassword.doneText")}</Notice>
      <Link href={`/login/${flash.window}`} className="inline-block rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
        {t("reset.doneButton")}
      </Link>
    </div>
  );
}
