// /staff/help: the call centre (010-88659000) types the help code a caller reads out and sees where
// they are — outcome, current step, path and answers, the login name as the lookup showed it and
// the identifier masked — with their account's status, their migration record and their cases.
// Any signed-in staff role; a GET form (the help code opens nothing).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { getCallerOverview } from "@/lib/db/staff/get-caller-overview";
import { mayUse } from "@/lib/staff/staff-access";
import { requireStaff } from "@/lib/staff/require-staff";
import { formatHelpCode } from "@/lib/wizard/codes";
import { findJourneyByHelpCode } from "@/lib/wizard/find-journey-by-help-code";
import { loadStepFrontmatter } from "@/lib/wizard/step-content";
import { CallerOverviewView } from "./caller-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.staffHelp"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffHelpPage({ searchParams }: Props) {
  const staff = await requireStaff({ area: "help" });
  const t = await getTranslations("wizard");
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw.slice(0, 20) : "";
  const view = code ? await findJourneyByHelpCode({ db: db(), helpCode: code }) : null;
  const overview = view ? await getCallerOverview({ db: db(), helpCode: code }) : null;
  const steps = view
    ? await Promise.all(
        view.trail.map(async (step) => {
          const frontmatter = await loadStepFrontmatter(step);
          const answer = view.answers[step];
          return { step, title: frontmatter.title, answer: answer ? (frontmatter.choices?.[answer] ?? answer) : null };
        }),
      )
    : [];
  const dateTime = (value: Date) => value.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" });
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("staffHelp.title")}</h1>
      <p>{t("staffHelp.lead")}</p>
      <form method="get" action="/staff/help" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="code" className="block text-lg font-bold">
            {t("staffHelp.label")}
          </label>
          <input id="code" name="code" defaultValue={code} autoComplete="off" maxLength={20} className="mt-1 w-40 rounded border-2 border-ink px-3 py-2 font-mono text-lg tracking-widest" />
        </div>
        <button type="submit" className="rounded bg-gov-blue px-4 py-2 font-bold text-white hover:bg-gov-blue-dark">
          {t("staffHelp.submit")}
        </button>
      </form>
      {code && !view ? (
        <p role="status" className="font-bold text-gov-red">
          {t("staffHelp.notFound")}
        </p>
      ) : null}
      {view ? (
        <section aria-labelledby="journey-heading" className="space-y-4" data-testid="staff-help-journey">
          <h2 id="journey-heading" className="text-xl font-bold">
            {t("staffHelp.journeyHeading", { code: formatHelpCode(view.helpCode) })}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-bold">{t("staffHelp.outcome")}</dt>
            <dd>{view.outcome}</dd>
            <dt className="font-bold">{t("staffHelp.current")}</dt>
            <dd data-testid="staff-help-current">{steps.find(({ step }) => step === view.currentStep)?.title}</dd>
            <dt className="font-bold">{t("staffHelp.identifier")}</dt>
            <dd className="font-mono">{view.maskedIdentifier}</dd>
            <dt className="font-bold">{t("checklist.loginName")}</dt>
            <dd className="break-all font-mono">{view.loginName ?? t("checklist.none")}</dd>
            <dt className="font-bold">{t("staffHelp.updated")}</dt>
            <dd>{dateTime(view.updatedAt)}</dd>
            <dt className="font-bold">{t("staffHelp.expires")}</dt>
            <dd>{dateTime(view.expiresAt)}</dd>
          </dl>
          <h3 className="text-lg font-bold">{t("staffHelp.path")}</h3>
          <ol className="list-decimal space-y-1 pl-6">
            {steps.map(({ step, title, answer }) => (
              <li key={step}>
                {title}
                {answer ? <span className="text-muted">（{answer}）</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {overview ? <CallerOverviewView overview={overview} linkCases={mayUse(staff.role, "caseSearch")} /> : null}
    </div>
  );
}
