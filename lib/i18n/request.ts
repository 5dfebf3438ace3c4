// next-intl request configuration (no locale in the URL: links stay short for a phone, and the
// chosen language travels in the NEXT_LOCALE cookie once a second language exists).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale } from "./config";

export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = isLocale(fromCookie) ? fromCookie : defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}/index.ts`)).default,
    timeZone: "Asia/Shanghai",
  };
});
