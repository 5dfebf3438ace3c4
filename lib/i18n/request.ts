// next-intl request configuration (no locale in the URL: links stay short for a phone, and the
// chosen language travels in the NEXT_LOCALE cookie, set by the switch at /language).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "./config";
import { withFallback } from "./with-fallback";

export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : defaultLocale;
  const source = (await import("../../messages/zh-CN/index")).default;
  const messages = locale === defaultLocale ? source : withFallback((await import(`../../messages/${locale}/index.ts`)).default, source);
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
