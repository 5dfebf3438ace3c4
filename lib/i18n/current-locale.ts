import "server-only";
// The locale of the current request, for code that also runs outside one (tests, the CLI), where
// next-intl has no request to read: there it is the source language.
import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./config";

export async function currentLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : defaultLocale;
  } catch {
    return defaultLocale;
  }
}
