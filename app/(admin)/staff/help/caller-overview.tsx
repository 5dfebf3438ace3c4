import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CallerOverview } from "@/lib/db/staff/get-caller-overview";
import { caseTypeKey, statusKey } from "../_components/case-labels";

const REAL_NAME = ["unverified", "pending", "verified", "failed"] as const;
const realNameKey = (status: string) => (REAL_NAME as readonly string[]).includes(status) ? (status as (typeof REAL_NAME)[number]) : "unverified";

/** Beside the journey: the caller's account, migration record and cases (links for who may open cases). */
export async function CallerOverviewView({ overview, linkCases }: { overview: CallerOverview; linkCases: boolean }) {
  const t = await getTranslations("staffOps.caller");
  const words = await getTranslations("staffOps.words");
  const staff = await getTranslations("staff");
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const window = (value: string | null) => (value === "natural" || value === "legal" ? words(`window.${value}`) : "—");
  const { account, migration, cases } = overview;
  return (
    <div className="space-y-6" data-testid="caller-overview">
      <section aria-labelledby="account-heading" className="space-y-2">
        <h2 id="account-heading" className="text-xl font-bold">
          {t("accountHeading")}
        </h2>
        {account ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-bold">{t("realName")}</dt>
            <dd data-testid="caller-real-name">{words(`realName.${realNameKey(account.realNameStatus)}`)}</dd>
            <dt className="font-bold">{t("window")}</dt>
            <dd>{window(account.window)}</dd>
            <dt className="font-bold">{t("loginName")}</dt>
            <dd className="break-all font-mono">{account.loginName}</dd>
          </dl>
        ) : (
          <p>{t("noAccount")}</p>
        )}
      </section>
      <section aria-labelledby="migration-heading" className="space-y-2">
        <h2 id="migration-heading" className="text-xl font-bold">
          {t("migrationHeading")}
        </h2>
        {migration ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-bold">{t("outcome")}</dt>
            <dd className="font-mono">{migration.outcome}</dd>
            <dt className="font-bold">{t("loginName")}</dt>
            <dd className="break-all font-mono">{migration.loginName ?? "—"}</dd>
            <dt className="font-bold">{t("window")}</dt>
            <dd>{window(migration.window)}</dd>
            <dt className="font-bold">{t("migratedAt")}</dt>
            <dd>{when(migration.migratedAt)}</dd>
            <dt className="font-bold">{t("accountCreated")}</dt>
            <dd>{migration.accountCreated ? t("yes") : t("no")}</dd>
            {migration.resolvedAt ? (
              <>
                <dt className="font-bold">{t("resolvedAt")}</dt>
                <dd>
                  {when(migration.resolvedAt)}
                  {migration.resolutionNote ? `（${migration.resolutionNote}）` : null}
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{t("noMigration")}</p>
        )}
      </section>
      <section aria-labelledby="cases-heading" className="space-y-2">
        <h2 id="cases-heading" className="text-xl font-bold">
          {t("casesHeading")}
        </h2>
        {cases.length === 0 ? (
          <p>{t("noCases")}</p>
        ) : (
          <ul className="space-y-1">
            {cases.map((found) => (
              <li key={found.reference}>
                {linkCases ? (
                  <Link className="font-mono text-gov-blue underline underline-offset-4" href={`/staff/cases/${found.reference}`}>
                    {found.reference}
                  </Link>
                ) : (
                  <span className="font-mono">{found.reference}</span>
                )}
                {" · "}
                {staff(`caseTypes.${caseTypeKey(found.type)}`)} · {staff(`caseStatus.${statusKey(found.status)}`)} · {when(found.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
