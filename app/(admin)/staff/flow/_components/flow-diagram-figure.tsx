// One outcome's flow drawn as a diagram: the words for each box and arrow, laid out on the server
// (lib/wizard/flow-diagram.ts) and drawn as SVG inside a box that scrolls sideways on its own, so a
// 360 px phone scrolls the picture and not the page. The box takes keyboard focus to scroll it.
import { useTranslations } from "next-intl";
import { layoutFlowDiagram, type DiagramWayInput } from "@/lib/wizard/flow-diagram";
import type { FlowStepView, FlowWayView } from "@/lib/wizard/flow-diagram-view";
import { FlowDiagramSvg, PLATFORM_DASH } from "./flow-diagram-svg";

export function FlowDiagramFigure({ code, steps }: { code: string; steps: FlowStepView[] }) {
  const t = useTranslations("staffFlow");
  const wayLabel = (way: FlowWayView): string | null => {
    if (way.answers.length === 0) return null;
    const answers = way.answers.map((answer) => `「${answer}」`).join(t("or"));
    return way.byPlatform ? t("diagram.platformOrAnswers", { answers }) : answers;
  };
  const ways = steps.flatMap((step) =>
    step.ways.map((way): DiagramWayInput => ({ from: step.id, to: way.to, kind: way.answers.length > 0 ? "answer" : "platform", label: wayLabel(way) })),
  );
  const diagram = layoutFlowDiagram({
    steps: steps.map((step) => ({
      id: step.id,
      title: step.title,
      details: [
        t("diagram.counts", step.counts),
        step.ways.length === 0 ? t("diagram.last") : step.dropOff === null ? t("diagram.noViews") : t("diagram.dropOff", { rate: step.dropOff }),
      ],
    })),
    ways,
  });
  return (
    <figure className="space-y-2" data-testid="flow-diagram">
      <figcaption className="space-y-1">
        <LegendLine dashed={false} text={t("diagram.legendAnswer")} />
        <LegendLine dashed text={t("diagram.legendPlatform")} />
      </figcaption>
      <div role="region" aria-label={t("diagram.scroll")} tabIndex={0} className="overflow-x-auto rounded border-2 border-gov-blue bg-white p-2">
        <FlowDiagramSvg
          diagram={diagram}
          title={t("diagram.title", { code })}
          description={t("diagram.description", { steps: steps.length, ways: ways.length })}
        />
      </div>
    </figure>
  );
}

function LegendLine({ dashed, text }: { dashed: boolean; text: string }) {
  return (
    <p className="flex items-center gap-2">
      <svg aria-hidden="true" width="40" height="10" className="shrink-0">
        <line x1="0" y1="5" x2="40" y2="5" strokeWidth={2} className={dashed ? "stroke-muted" : "stroke-gov-blue"} strokeDasharray={dashed ? PLATFORM_DASH : undefined} />
      </svg>
      <span>{text}</span>
    </p>
  );
}
