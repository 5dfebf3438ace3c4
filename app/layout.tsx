import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { PartMessages } from "@/components/layout/part-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { isFailedPost } from "@/lib/actions/failed-post";
import { TEXT_SIZE_COOKIE, textSizeClass, textSizeOf } from "@/lib/preferences/text-size";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  // Every page's title names the service after its own (GOV.UK: "<page> – <service>"), and a page
  // shown again after a refused form post (without JavaScript) starts with "错误：".
  const prefix = (await isFailedPost()) ? t("chrome.errorTitlePrefix") : "";
  return { title: { default: `${prefix}${t("home.metaTitle")}`, template: `${prefix}%s – ${t("site.title")}` }, description: t("home.metaDescription") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const textSize = textSizeOf((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  // The CSP nonce of this response (proxy.ts): the ALTCHA widget reads it here for the style
  // element it adds; Next puts it on its own scripts by itself.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={locale} className={textSizeClass(textSize)}>
      <head>{nonce ? <meta name="csp-nonce" content={nonce} /> : null}</head>
      <body className="flex min-h-screen flex-col">
        <PartMessages part="root">
          <SiteHeader textSize={textSize} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </PartMessages>
      </body>
    </html>
  );
}
