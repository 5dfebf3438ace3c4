// One step of the staff flow, in words (the diagram's text alternative): its title and summary, how
// often it was viewed, completed and left in the chosen period with its drop-off rate, and a link
// to each step it can lead to with what takes the user there.
import { useTranslations } from "next-intl";
import type { FlowStepView, FlowWayView } from "@/lib/wizard/flow-diagram-view";

export function FlowStep({ step, position }: { step: FlowStepView; position: number }) {
  const t = useTranslations("staffFlow");
  const last = step.ways.length === 0;
  return (
    <li id={`step-${step.id}`} className="rounded border-2 border-gov-blue p-3" data-testid={`flow-step-${step.id}`}>
      <h4 className="text-lg font-bold">{t("stepTitle", { position, title: step.title })}</h4>
      <p className="text-muted">{step.summary}</p>
      <p className="mt-1 font-mono text-sm">
        {step.id} · {t("counts", step.counts)}
      </p>
      {last ? null : <p className="text-sm">{step.dropOff === null ? t("noViews") : t("dropOff", { rate: step.dropOff })}</p>}
      {last ? (
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

function condition(t: ReturnType<typeof useTranslations<"staffFlow">>, way: FlowWayView): string {
  const answers = way.answers.map((answer) => `「${answer}」`).join(t("or"));
  if (way.answers.length === 0) return t("byPlatform");
  if (way.byPlatform) return t("byPlatformOrAnswer", { answers });
  return t("byAnswer", { answers });
}
