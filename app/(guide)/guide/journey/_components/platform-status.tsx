// What the platform shows about the journey's account, and whether that ticks the step off, in a
// line or two under the heading. A polite live region: after returning from an action, the new
// state is announced.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { JourneyFacts } from "@/lib/wizard/facts";

export async function PlatformStatus({ facts, complete, refreshHref }: { facts: JourneyFacts; complete: boolean; refreshHref: string }) {
  const t = await getTranslations("wizard");
  const site = await getTranslations("site");
  // The account is worth a word only while it is missing; the rest as the platform shows it.
  const rows: [string, string][] = facts.accountExists ? [] : [[t("status.account"), t("status.accountMissing")]];
  rows.push([t("status.login"), t(facts.loggedIn ? "status.loggedIn" : "status.notLoggedIn")]);
  if (facts.realNameStatus) rows.push([t("status.realName"), t(`realNameStatus.${facts.realNameStatus}`)]);
  if (facts.appealCase) rows.push([t("status.appeal"), t(`status.appealStatus.${facts.appealCase}`)]);
  return (
    <div className={`flex flex-wrap items-baseline gap-x-3 rounded border-l-8 px-3 py-1 ${complete ? "border-green-700 bg-green-50" : "border-amber-600 bg-amber-50"}`}>
      <div role="status" data-testid="step-status" data-complete={complete ? "true" : "false"}>
        <dl className="flex flex-wrap gap-x-3">
          <div>
            <dt className="sr-only">{t("status.step")}</dt>
            <dd className="font-bold">{t(complete ? "status.done" : "status.notDone")}</dd>
          </div>
          {rows.map(([label, value]) => (
            <div key={label} className="flex">
              <dt className="text-muted">{site("labelled", { label })}</dt>
              <dd className="font-bold">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {complete ? null : (
        <Link className="text-gov-blue underline underline-offset-4" href={refreshHref} prefetch={false}>
          {t("status.refresh")}
        </Link>
      )}
    </div>
  );
}
