// /guide/journey/<step>: one step of the person's journey. Its URL is the step (bookmarkable,
// reloads to the same state); the state is the journey behind the cookie and the platform's own
// facts. Steps not yet reached redirect to the current one; earlier ones can be changed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StepBody, StepTitle } from "@/components/guide/step-text";
import { db } from "@/lib/db";
import { recordStepEvents } from "@/lib/db/wizard/record-step-events";
import { FLOW } from "@/lib/wizard/flow";
import { currentStepOf, isOnTrail, previousStep, storedAnswer } from "@/lib/wizard/journey-state";
import { progressOf } from "@/lib/wizard/progress";
import { loadStepFrontmatter } from "@/lib/wizard/step-content";
import { isStepId, type StepId } from "@/lib/wizard/steps";
import { submitStepAction } from "../actions";
import { loadCurrentJourney } from "../_lib/current-journey";
import { AnswersSummary } from "../_components/answers-summary";
import { HelpBox } from "../_components/help-box";
import { NoJourney } from "../_components/no-journey";
import { OutcomeSituation } from "../_components/outcome-situation";
import { PlatformStatus } from "../_components/platform-status";
import { RestartForm } from "../_components/restart-form";
import { ResumeBox } from "../_components/resume-box";
import { loadBoundStepContent } from "../_components/step-content";
import { StepForm } from "../_components/step-form";

type Props = { params: Promise<{ step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  const current = await loadCurrentJourney();
  if (!isStepId(step) || !current || !isOnTrail(current.journey.state, step)) return { robots: { index: false } };
  const t = await getTranslations("wizard");
  const { position, total } = progressOf(current.journey.state, step, current.facts);
  const { title } = await loadStepFrontmatter(step);
  return { title: t("metaTitle", { progress: t("progress", { position, total }), title }), robots: { index: false } };
}

function loginNameHintKey(outcome: string): "registered" | "appeal" | null {
  if (outcome === "E-U1" || outcome === "P-U1") return "registered";
  return outcome === "P-R4" ? "appeal" : null;
}

export default async function JourneyStepPage({ params }: Props) {
  const { step } = await params;
  if (!isStepId(step)) notFound();
  const current = await loadCurrentJourney();
  if (!current) return <NoJourney />;
  const { journey, facts, resumeCode } = current;
  const { state } = journey;
  if (!isOnTrail(state, step)) redirect(`/guide/journey/${currentStepOf(state)}`);
  await recordStepEvents({ db: db(), outcome: state.outcome, events: [{ stepId: step, kind: "viewed" }] });

  const t = await getTranslations("wizard");
  const definition = FLOW[step];
  const hintKey = loginNameHintKey(state.outcome);
  const { content, frontmatter } = await loadBoundStepContent(step, state, {
    loginNameHint: hintKey ? t(`loginNameHint.${hintKey}`) : undefined,
    actionReturn: t("actionReturn"),
  });
  const { position, total } = progressOf(state, step, facts);
  const back: StepId | null = previousStep(state, step);
  const complete = step === "overview" || step === "call-support" ? null : definition.isComplete(facts);
  const answer = storedAnswer(state, step);

  return (
    <article className="max-w-3xl space-y-6" data-step={step} data-outcome={state.outcome}>
      {back ? (
        <p className="print:hidden">
          <Link className="text-gov-blue underline underline-offset-4" href={`/guide/journey/${back}`} prefetch={false}>
            ‹ {t("back")}
          </Link>
        </p>
      ) : null}
      <StepTitle progress={t("progress", { position, total })} separator={t("progressSeparator")} title={frontmatter.title} />
      {step === "overview" ? <OutcomeSituation state={state} /> : null}
      {complete === null ? null : <PlatformStatus facts={facts} complete={complete} refreshHref={`/guide/journey/${step}`} />}
      <StepBody>{content}</StepBody>
      {definition.next ? (
        <StepForm
          action={submitStepAction.bind(null, step)}
          question={
            // Once the platform shows the step done, the answer no longer matters (tested in lib/wizard).
            definition.input && frontmatter.question && !complete
              ? {
                  legend: frontmatter.question,
                  options: definition.input.options.map((value) => ({ value, label: frontmatter.choices?.[value] ?? value })),
                  defaultValue: answer,
                }
              : null
          }
          labels={{ submit: t("continue"), pending: t("pending"), errorSummaryTitle: t("errorSummaryTitle"), errorPrefix: t("errorPrefix") }}
        />
      ) : complete ? (
        <p className="text-lg font-bold text-green-800">{t("status.finished")}</p>
      ) : null}
      <AnswersSummary state={state} />
      <HelpBox helpCode={journey.helpCode} />
      <ResumeBox resumeCode={resumeCode} />
      <RestartForm />
    </article>
  );
}
