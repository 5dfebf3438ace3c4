import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations();
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
        <LanguageSwitch />
        <nav aria-label={t("site.primaryNav")} className="no-print">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base">
            <li>
              <Link className="underline-offset-4 hover:underline" href="/guide">
                {t("nav.guide")}
              </Link>
            </li>
            <li>
              <Link className="underline-offset-4 hover:underline" href="/guide/journey" prefetch={false}>
                {t("wizard.nav.journey")}
              </Link>
            </li>
            <li>
              <Link className="underline-offset-4 hover:underline" href="/faq">
                {t("nav.faq")}
              </Link>
            </li>
            <li>
              <Link className="underline-offset-4 hover:underline" href="/login">
                {t("nav.login")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
