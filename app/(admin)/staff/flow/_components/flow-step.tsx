// One step of the staff flow diagram: its title and summary, how often it was viewed, completed
// and left, and an arrow to each step it can lead to with what takes the user there.
import { useTranslations } from "next-intl";
import type { StepEventCounts } from "@/lib/db/wizard/count-step-events";

export interface FlowStepView {
  id: string;
  title: string;
  summary: string;
  counts: StepEventCounts;
  ways: { to: string; toTitle: string; answers: string[]; byPlatform: boolean }[];
}

export function FlowStep({ step, position }: { step: FlowStepView; position: number }) {
  const t = useTranslations("wizard.staffFlow");
  return (
    <li id={`step-${step.id}`} className="rounded border-2 border-gov-blue p-3" data-testid={`flow-step-${step.id}`}>
      <h3 className="text-lg font-bold">{t("stepTitle", { position, title: step.title })}</h3>
      <p className="text-muted">{step.summary}</p>
      <p className="mt-1 font-mono text-sm">
        {step.id} · {t("counts", step.counts)}
      </p>
      {step.ways.length === 0 ? (
        <p className="mt-2 font-bold">{t("last")}</p>
      ) : (
        <>
          <p className="mt-2 font-bold">{t("waysOn")}</p>
          <ul className="space-y-1 pl-1">
            {step.ways.map((way) => (
              <li key={way.to}>
                <span aria-hidden="true">→ </span>
                <a href={`#step-${way.to}`} className="text-gov-blue underline underline-offset-4">
                  {way.toTitle}
                </a>
                <span className="text-muted">（{condition(t, way)}）</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function condition(t: ReturnType<typeof useTranslations<"wizard.staffFlow">>, way: FlowStepView["ways"][number]): string {
  const answers = way.answers.map((answer) => `「${answer}」`).join(t("or"));
  if (way.answers.length === 0) return t("byPlatform");
  if (way.byPlatform) return t("byPlatformOrAnswer", { answers });
  return t("byAnswer", { answers });
}
