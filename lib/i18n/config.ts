// Locales the service is translated into. zh-CN is the source language; English serves
// foreign-invested enterprises. Adding a language means adding messages/<locale>/ and
// content/<locale>/ (a text missing there falls back to zh-CN; the parity tests keep that from
// happening in a release).
export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";

/** The cookie that carries the chosen language (next-intl's conventional name). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language's name in itself, for the switch (read by speakers of that language). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { "zh-CN": "中文", en: "English" };

export function isLocale(value: string | undefined | null): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}
