// /guide/result: the outcome of the person's own lookup, read from the sealed short-lived cookie
// (never from the URL). Without one — expired, or opened elsewhere — it asks to look up again.
// One thing per page: the outcome, the login name and window, and one start button under them;
// the steps themselves are the journey's, one per page.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OutcomeView } from "@/components/guide/outcome-view";
import { Notice } from "@/components/platform/notice";
import { readLookupResult } from "../_lib/guide-cookies";
import { StartJourney } from "../journey/_components/start-journey";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guide.result"))("metaTitle"), robots: { index: false } };
}

export default async function LookupResultPage() {
  const t = await getTranslations("guide.result");
  const resolution = await getTranslations("conflictResolution");
  const site = await getTranslations("site");
  const result = await readLookupResult();
  const again = (
    <Link href="/guide" className="font-bold text-gov-blue underline underline-offset-4">
      {t("again")}
    </Link>
  );
  if (!result) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("expiredTitle")}</h1>
        <p>{t("expiredText")}</p>
        <p>{again}</p>
      </div>
    );
  }
  return (
    <OutcomeView
      code={result.outcome}
      loginName={result.loginName}
      header={
        <>
          {/* A CONFLICT staff resolved: the outcome stays, the name and window they assigned are given. */}
          {result.outcome === "CONFLICT" && result.loginName && result.window ? (
            <Notice tone="success">
              <span data-testid="conflict-resolved">{resolution("resolved", { window: resolution(`window.${result.window}`) })}</span>
            </Notice>
          ) : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded bg-gray-100 p-3">
            <dt className="font-bold">{t("inputLabel")}</dt>
            <dd data-testid="lookup-input" className="break-all font-mono">
              {result.input}
            </dd>
            <dt className="font-bold">{t("codeLabel")}</dt>
            <dd data-testid="outcome-code" className="font-mono">
              {result.outcome}
              <span className="ml-2 font-sans text-muted">{site("inBrackets", { text: result.registeredInTorch ? t("inTorch") : t("notInTorch") })}</span>
            </dd>
          </dl>
        </>
      }
      action={<StartJourney />}
      footer={
        <div className="space-y-2">
          <p className="text-muted">{t("privacy")}</p>
          <p>{again}</p>
        </div>
      }
    />
  );
}
