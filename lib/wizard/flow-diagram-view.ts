import "server-only";
// What the staff flow page shows for one outcome: the outcome's title, and every step it can reach
// (lib/wizard/flow-graph.ts) with its title and summary from the step's front matter, the answers'
// wording on each way on, and the funnel counts over the chosen period.
import type { Db } from "@/lib/db";
import { countStepEvents, type StepEventCounts } from "@/lib/db/wizard/count-step-events";
import { loadOutcomeFrontmatter } from "@/lib/content/load-outcome-frontmatter";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { dropOffPercent } from "./flow-diagram-funnel";
import { flowGraph } from "./flow-graph";
import { loadStepFrontmatter } from "./step-content";

export interface FlowWayView {
  to: string;
  toTitle: string;
  /** The wording of the answers that take this way (empty when only the platform's state does). */
  answers: string[];
  byPlatform: boolean;
}

export interface FlowStepView {
  id: string;
  title: string;
  summary: string;
  counts: StepEventCounts;
  /** Whole percent, null without views or on the last step. */
  dropOff: number | null;
  ways: FlowWayView[];
}

export async function loadFlowView(options: { db: Db; outcome: OutcomeCode; period: { start: Date; end: Date } }): Promise<{ title: string; steps: FlowStepView[] }> {
  const graph = flowGraph(options.outcome);
  const [outcome, counts, frontmatters] = await Promise.all([
    loadOutcomeFrontmatter({ code: options.outcome }),
    countStepEvents(options),
    // Every way on leads to a step of the graph, so each title below is among those loaded here.
    Promise.all([...graph.keys()].map(async (id) => [id, await loadStepFrontmatter(id)] as const)).then((entries) => Object.fromEntries(entries)),
  ]);
  const steps = [...graph].map(([id, edges]): FlowStepView => {
    const { title, summary, choices } = frontmatters[id];
    const stepCounts = counts.get(id) ?? { viewed: 0, completed: 0, left: 0 };
    return {
      id,
      title,
      summary,
      counts: stepCounts,
      dropOff: dropOffPercent(stepCounts, { last: edges.length === 0 }),
      ways: edges.map((edge) => ({
        to: edge.to,
        toTitle: frontmatters[edge.to].title,
        answers: edge.answers.map((answer) => choices?.[answer] ?? answer),
        byPlatform: edge.byPlatform,
      })),
    };
  });
  return { title: outcome.title, steps };
}
