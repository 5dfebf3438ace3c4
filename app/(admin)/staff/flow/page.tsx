// /staff/flow: the staff flow diagram (issue 4 §1): for one outcome at a time, every step the
// wizard can reach, drawn from lib/wizard/flow.ts itself (so it cannot drift from what users see),
// each with its ways on — which answer takes which branch, or the platform's own state — and the
// funnel from the step events. Plain HTML lists: readable by screen readers, by keyboard and at
// 360 px. Any signed-in staff role; a GET page (it opens no personal data).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadContentTitle } from "@/lib/content/load-content-title";
import { db } from "@/lib/db";
import { isOutcomeCode, OUTCOME_CODES, type OutcomeCode } from "@/lib/migration/outcomes";
import { requireStaff } from "@/lib/staff/require-staff";
import { countStepEvents } from "@/lib/db/wizard/count-step-events";
import { flowGraph } from "@/lib/wizard/flow-graph";
import { loadStepFrontmatter } from "@/lib/wizard/step-content";
import { FlowStep, type FlowStepView } from "./_components/flow-step";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.staffFlow"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffFlowPage({ searchParams }: Props) {
  await requireStaff();
  const t = await getTranslations("wizard.staffFlow");
  const raw = (await searchParams).outcome;
  const asked = typeof raw === "string" ? raw : undefined;
  const outcome: OutcomeCode | null = asked === undefined ? OUTCOME_CODES[0] : isOutcomeCode(asked) ? asked : null;
  const steps = outcome ? await stepViews(outcome) : [];
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("lead")}</p>
      <nav aria-label={t("outcomes")}>
        <ul className="flex flex-wrap gap-2">
          {OUTCOME_CODES.map((code) => (
            <li key={code}>
              <Link
                href={`/staff/flow?outcome=${code}`}
                aria-current={code === outcome ? "page" : undefined}
                className={`inline-block rounded border-2 border-gov-blue px-3 py-1 font-mono ${code === outcome ? "bg-gov-blue text-white" : "text-gov-blue underline underline-offset-4"}`}
              >
                {code}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {outcome ? (
        <section aria-labelledby="flow-heading" className="space-y-4" data-testid="staff-flow">
          <h2 id="flow-heading" className="text-xl font-bold">
            {t("heading", { code: outcome, title: await loadContentTitle({ kind: "outcomes", id: outcome }) })}
          </h2>
          <ol className="space-y-3">
            {steps.map((step, index) => (
              <FlowStep key={step.id} step={step} position={index + 1} />
            ))}
          </ol>
        </section>
      ) : (
        <p role="status" className="font-bold text-gov-red">
          {t("unknownOutcome")}
        </p>
      )}
    </div>
  );
}

/** The reachable steps with their titles, branches (answer labels from the content) and counts. */
async function stepViews(outcome: OutcomeCode): Promise<FlowStepView[]> {
  const graph = flowGraph(outcome);
  const counts = await countStepEvents({ db: db(), outcome });
  // Every way on leads to a step of the graph, so each title below is among those loaded here.
  const frontmatters = Object.fromEntries(await Promise.all([...graph.keys()].map(async (id) => [id, await loadStepFrontmatter(id)] as const)));
  return [...graph].map(([id, edges]) => {
    const { title, summary, choices } = frontmatters[id];
    return {
      id,
      title,
      summary,
      counts: counts.get(id) ?? { viewed: 0, completed: 0, left: 0 },
      ways: edges.map((edge) => ({
        to: edge.to,
        toTitle: frontmatters[edge.to].title,
        answers: edge.answers.map((answer) => choices?.[answer] ?? answer),
        byPlatform: edge.byPlatform,
      })),
    };
  });
}
