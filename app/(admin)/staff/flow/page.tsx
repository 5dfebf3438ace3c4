// /staff/flow: the staff flow diagram (issue 4 §1, issue 13 §5): for one outcome at a time, every
// step the wizard can reach, drawn from lib/wizard/flow.ts itself (so it cannot drift from what
// users see), each with its ways on — which answer takes which branch, or the platform's own state
// — and the funnel from the step events over a chosen date range. Drawn as an SVG diagram on the
// server, and listed step by step as plain HTML (the diagram's text alternative, readable by screen
// readers, by keyboard, without CSS and at 360 px). Any signed-in staff role; a GET page (it opens
// no personal data).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { isOutcomeCode, OUTCOME_CODES, type OutcomeCode } from "@/lib/migration/outcomes";
import { requireStaff } from "@/lib/staff/require-staff";
import { dateRangeInstants, parseDateRange } from "@/lib/wizard/flow-diagram-range";
import { loadFlowView } from "@/lib/wizard/flow-diagram-view";
import { FlowDiagramFigure } from "./_components/flow-diagram-figure";
import { FlowStep } from "./_components/flow-step";
import { RangeForm } from "./_components/range-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffFlow"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffFlowPage({ searchParams }: Props) {
  await requireStaff();
  const t = await getTranslations("staffFlow");
  const query = await searchParams;
  const text = (name: string) => {
    const value = query[name];
    return typeof value === "string" ? value.slice(0, 40) : undefined;
  };
  const asked = text("outcome");
  const outcome: OutcomeCode | null = asked === undefined ? OUTCOME_CODES[0] : isOutcomeCode(asked) ? asked : null;
  const parsed = parseDateRange({ from: text("from"), to: text("to") }, new Date());
  const view = outcome ? await loadFlowView({ db: db(), outcome, period: dateRangeInstants(parsed.range) }) : null;
  // Another outcome keeps a range the staff member chose (not the default, which moves with the days).
  const keptRange = text("from") !== undefined && Object.keys(parsed.errors).length === 0 ? `&from=${parsed.range.from}&to=${parsed.range.to}` : "";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <nav aria-label={t("outcomes")}>
        <ul className="flex flex-wrap gap-2">
          {OUTCOME_CODES.map((code) => (
            <li key={code}>
              <Link
                href={`/staff/flow?outcome=${code}${keptRange}`}
                aria-current={code === outcome ? "page" : undefined}
                className={`inline-block rounded border-2 border-gov-blue px-3 py-1 font-mono ${code === outcome ? "bg-gov-blue text-white" : "text-gov-blue underline underline-offset-4"}`}
              >
                {code}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {outcome && view ? (
        <>
          <RangeForm outcome={outcome} parsed={parsed} />
          <section aria-labelledby="flow-heading" className="space-y-4" data-testid="staff-flow">
            <h2 id="flow-heading" className="text-xl font-bold">
              {t("heading", { code: outcome, title: view.title })}
            </h2>
            <FlowDiagramFigure code={outcome} steps={view.steps} />
            <h3 className="text-lg font-bold">{t("diagram.textHeading")}</h3>
            <ol className="max-w-3xl space-y-3">
              {view.steps.map((step, index) => (
                <FlowStep key={step.id} step={step} position={index + 1} />
              ))}
            </ol>
          </section>
        </>
      ) : (
        <p role="status" className="font-bold text-gov-red">
          {t("unknownOutcome")}
        </p>
      )}
    </div>
  );
}
