// The language switch: one small form per other language, posting to /language (works without
// JavaScript). Each language's name is written in that language and marked with its `lang`.
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, locales } from "@/lib/i18n/config";

export async function LanguageSwitch() {
  const current = await getLocale();
  const t = await getTranslations("site");
  return (
    <div className="no-print flex items-center gap-2 text-sm">
      <span className="sr-only">{t("languageLabel")}</span>
      {locales
        .filter((locale) => locale !== current)
        .map((locale) => (
          <form key={locale} method="post" action="/language">
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" lang={locale} className="rounded border border-white/70 px-2 py-0.5 underline-offset-4 hover:underline">
              {LOCALE_NAMES[locale]}
            </button>
          </form>
        ))}
    </div>
  );
}
