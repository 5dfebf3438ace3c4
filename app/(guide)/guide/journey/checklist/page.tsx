// /guide/journey/checklist: the person's own journey on one page to print — outcome, login name,
// window, the steps done and still ahead, the QR code and resume code, the help code and phone.
// The print styles hide the site's header, navigation and buttons (.print-alone in app/globals.css).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadOutcomeContent } from "@/lib/content/load-outcome-content";
import { formatHelpCode, formatResumeCode } from "@/lib/wizard/codes";
import { journeyWindow } from "@/lib/wizard/facts";
import { FLOW } from "@/lib/wizard/flow";
import { currentStepOf } from "@/lib/wizard/journey-state";
import { projectRemaining } from "@/lib/wizard/progress";
import { routeProgress } from "@/lib/wizard/route";
import { loadStepFrontmatter } from "@/lib/wizard/step-content";
import type { StepId } from "@/lib/wizard/steps";
import { loadCurrentJourney } from "../_lib/current-journey";
import { resumeUrl } from "../_lib/resume-url";
import { NoJourney } from "../_components/no-journey";
import { PrintButton } from "../_components/print-button";
import { QrCode } from "../_components/qr-code";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.checklist"))("metaTitle"), robots: { index: false } };
}

async function titled(steps: StepId[]) {
  return Promise.all(steps.map(async (step) => ({ step, ...(await loadStepFrontmatter(step)) })));
}

export default async function ChecklistPage() {
  const current = await loadCurrentJourney();
  if (!current) return <NoJourney />;
  const { journey, facts, resumeCode } = current;
  const { state } = journey;
  const t = await getTranslations("wizard");
  const site = await getTranslations("site");
  const here = currentStepOf(state);
  const remaining = projectRemaining(state.outcome, here, facts);
  const [taken, ahead, outcome] = await Promise.all([titled(state.trail), titled(remaining), loadOutcomeContent({ code: state.outcome, components: {} })]);
  const window = journeyWindow(state.outcome);
  const cell = "border border-gray-400 px-2 py-1 align-top";
  return (
    <article className="print-alone max-w-3xl space-y-6 print:max-w-none print:text-sm">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("checklist.title")}</h1>
        <PrintButton label={t("checklist.print")} hint={t("checklist.printHint")} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t("checklist.outcome")}</dt>
        <dd data-testid="checklist-outcome">
          {site("withAside", { text: outcome.frontmatter.title, aside: state.outcome })}
        </dd>
        <dt className="font-bold">{t("checklist.loginName")}</dt>
        <dd className="break-all font-mono" data-testid="checklist-login-name">
          {state.loginName ?? t("checklist.none")}
        </dd>
        <dt className="font-bold">{t("checklist.window")}</dt>
        <dd data-testid="checklist-window">{window ? t(`checklist.windowName.${window}`) : t("checklist.noWindow")}</dd>
        <dt className="font-bold">{t("help.code")}</dt>
        <dd className="font-mono">{formatHelpCode(journey.helpCode)}</dd>
      </dl>
      <section aria-labelledby="done-heading">
        <h2 id="done-heading" className="mb-2 text-xl font-bold">
          {t("checklist.done")}
        </h2>
        <table className="w-full border-collapse">
          <tbody>
            {taken.map(({ step, title }) => (
              <tr key={step}>
                {/* Numbered as the step pages number them ("第 n 步"): skipped steps count as done. */}
                <td className={cell}>{routeProgress(state, step).position}</td>
                <td className={cell}>{title}</td>
                <td className={cell}>{step === here ? t("checklist.stepCurrent") : FLOW[step].isComplete(facts) || !FLOW[step].next ? t("checklist.stepDone") : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="remaining-heading">
        <h2 id="remaining-heading" className="mb-2 text-xl font-bold">
          {t("checklist.remaining")}
        </h2>
        {ahead.length === 0 ? (
          <p>{t("checklist.none")}</p>
        ) : (
          <ul className="list-disc space-y-2 pl-6" data-testid="checklist-remaining">
            {ahead.map(({ step, title, summary }) => (
              <li key={step}>
                <span className="font-bold">{title}</span>
                <span className="block text-muted">{summary}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="qr-heading" className="flex flex-wrap items-center gap-4 break-inside-avoid">
        <QrCode text={await resumeUrl(resumeCode)} label={t("resume.qrLabel")} size={144} />
        <div>
          <h2 id="qr-heading" className="font-bold">
            {t("resume.heading")}
          </h2>
          <p>
            {site("labelled", { label: t("resume.codeLabel") })}<code className="font-mono text-lg">{formatResumeCode(resumeCode)}</code>
          </p>
          <p>{t("checklist.phone", { phone: (await getTranslations("footer"))("supportPhone") })}</p>
        </div>
      </section>
      <p className="print:hidden">
        <Link className="font-bold text-gov-blue underline underline-offset-4" href={`/guide/journey/${here}`} prefetch={false}>
          {t("checklist.backToStep")}
        </Link>
      </p>
    </article>
  );
}
