// Locales the service is translated into. zh-CN is the source language; adding a language means
// adding messages/<locale>.json and content/<locale>/, nothing else.
export const locales = ["zh-CN"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}
