"use client";
// The last resort, when the root layout itself failed: it replaces the whole document, so it has
// its own <html>, takes its words straight from the catalogue (no provider is left above it) and
// keeps the support phone and the reference (Next's digest, logged by instrumentation.ts).
import "./globals.css";
import { ErrorPanel } from "@/components/errors/error-panel";
import { errorTexts } from "@/components/errors/error-texts";
import catalogue from "@/messages/zh-CN/error-pages.json";
import site from "@/messages/zh-CN/site.json";

const words: Record<string, string> = {
  ...Object.fromEntries(Object.entries(catalogue.errorPages).filter((entry): entry is [string, string] => typeof entry[1] === "string")),
  "failed.title": catalogue.errorPages.failed.title,
  "failed.text": catalogue.errorPages.failed.text,
};

function t(key: string, values: Record<string, string> = {}): string {
  return (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <head>
        <title>{`${t("titlePrefix")}${t("failed.title")} – ${site.site.title}`}</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="bg-gov-blue px-4 py-3 text-lg font-bold text-white">{site.site.title}</header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          <ErrorPanel
            text={errorTexts(t, "failed")}
            reference={error.digest ?? null}
            phone={t("phone")}
            action={
              <button type="button" onClick={reset} className="cursor-pointer rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white">
                {t("retry")}
              </button>
            }
          />
        </main>
      </body>
    </html>
  );
}
