// The language switch: a plain form post per other language (works without JavaScript). Each
// language's name is written in that language and marked with its `lang`.
import { getLocale, getTranslations } from "next-intl/server";
import { chooseLanguageAction } from "@/app/_lib/language-action";
import { LOCALE_NAMES, locales } from "@/lib/i18n/config";

export async function LanguageSwitch() {
  const current = await getLocale();
  const t = await getTranslations("site");
  return (
    <form action={chooseLanguageAction} aria-label={t("languageLabel")} className="flex gap-2">
      {locales
        .filter((locale) => locale !== current)
        .map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            className="cursor-pointer rounded border border-white px-2 py-0.5 text-sm hover:bg-white hover:text-gov-blue"
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
    </form>
  );
}
