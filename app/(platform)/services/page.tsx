import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BUSINESS_SYSTEMS } from "@/lib/accounts/business-systems";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.services"))("title") };
}

/** 服务事项 → 按用户 → 法人单位 (source, FAQ 2): the catalogue is public, entering needs an account. */
export default async function ServicesPage() {
  const t = await getTranslations("platform.services");
  return (
    <div className="space-y-6">
      <nav aria-label={t("title")} className="text-muted">
        <ol className="flex flex-wrap gap-2">
          <li>{t("title")} ›</li>
          <li>{t("byUser")} ›</li>
          <li aria-current="page" className="font-bold text-ink">
            {t("legalEntity")}
          </li>
        </ol>
      </nav>
      <h1 className="text-2xl font-bold text-gov-blue">{t("legalEntity")}</h1>
      <p>{t("lead")}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {BUSINESS_SYSTEMS.map((system) => (
          <li key={system} className="rounded border-2 border-gray-300 p-4">
            <h2 className="mb-1 text-xl font-bold">{t(`systems.${system}.name`)}</h2>
            <p className="mb-3">{t(`systems.${system}.description`)}</p>
            <Link
              href={`/services/${system}`}
              className="inline-block rounded bg-gov-blue px-4 py-2 font-bold text-white hover:bg-gov-blue-dark"
              aria-label={`${t(`systems.${system}.name`)} ${t("enter")}`}
            >
              {t("enter")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
