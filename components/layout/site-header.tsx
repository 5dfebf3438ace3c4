import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";
import type { TextSize } from "@/lib/preferences/text-size";
import { HeaderAccount } from "./header-account";
import { TextSizeSwitch } from "./text-size-switch";

export async function SiteHeader({ textSize }: { textSize: TextSize }) {
  const t = await getTranslations();
  const link = "underline-offset-4 hover:underline";
  return (
    <header className="bg-gov-blue text-white">
      <a className="skip-link" href="#main">
        {t("site.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight no-underline">
          <span className="text-sm opacity-90">{t("site.platformName")}</span>
          <span className="text-lg font-bold">{t("site.title")}</span>
        </Link>
        <div className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label={t("site.primaryNav")}>
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-base">
              <li>
                <Link className={link} href="/guide">
                  {t("nav.guide")}
                </Link>
              </li>
              <li>
                <Link className={link} href="/guide/journey" prefetch={false}>
                  {t("wizard.nav.journey")}
                </Link>
              </li>
              <li>
                <Link className={link} href="/faq">
                  {t("nav.faq")}
                </Link>
              </li>
              <HeaderAccount />
            </ul>
          </nav>
          <TextSizeSwitch current={textSize} />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
