// The publish gate's rendering check: a text is drawn on the page of every outcome that shows it
// (outcomesUsing), with the guide's real components bound to that outcome's data, because a text
// that compiles on its own can still fail or show nothing in one situation (a login-name box alone,
// for an outcome without a login name). On a step page, every answer by which the flow of that
// outcome leads on (flow-graph) must be offered with words, or the user cannot take that way.
import type { ReactNode } from "react";
import { errorFields, logger } from "@/lib/log/logger";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { flowGraph } from "@/lib/wizard/flow-graph";
import type { ContentKey } from "./content-keys";
import type { ContentProblem } from "./content-problems";
import { outcomesUsing } from "./content-usage";
import { findElements, type RenderedElement, renderServerTree, textOf } from "./render-server-tree";

/**
 * How the pages that show a text are drawn. The site's is components/staff-content/gate-renderer
 * (the staff preview's components); a test may pass its own. Lib code cannot import the pages.
 */
export interface GateRenderer {
  /** The page showing `source` for one outcome. */
  page(key: ContentKey, outcome: OutcomeCode, source: string): ReactNode;
  /** What the main text (正文) became on a rendered page. */
  mainText(key: ContentKey, page: RenderedElement): string;
}

export interface RenderingCheck {
  /** The outcomes whose page was rendered. */
  outcomes: OutcomeCode[];
  problems: ContentProblem[];
}

/** The answers a rendered page offers, each with the words of its label. */
function offeredAnswers(page: RenderedElement): Map<string, string> {
  const labels = new Map(findElements(page, (element) => element.type === "label").map((label) => [label.props.htmlFor, textOf(label).trim()]));
  const radios = findElements(page, (element) => element.type === "input" && element.props.type === "radio");
  return new Map(radios.map((radio) => [String(radio.props.value), labels.get(radio.props.id) ?? ""]));
}

/** The answers by which the step leads this outcome somewhere the unanswered step would not. */
function answersLeadingOn(outcome: OutcomeCode, key: ContentKey): string[] {
  if (key.kind !== "steps") return [];
  return [...new Set((flowGraph(outcome).get(key.id) ?? []).flatMap((edge) => edge.answers))];
}

async function problemsFor(key: ContentKey, outcome: OutcomeCode, source: string, renderer: GateRenderer): Promise<Omit<ContentProblem, "values">[]> {
  let page: RenderedElement;
  try {
    page = await renderServerTree(renderer.page(key, outcome, source));
  } catch (error) {
    // The editor is told which situation fails, in words; the cause is for whoever maintains the site.
    logger.warn("content.gate.renderFailed", { key: `${key.kind}/${key.id}`, outcome, ...errorFields(error) });
    return [{ field: "body", code: "renderFailed" }];
  }
  const problems: Omit<ContentProblem, "values">[] = [];
  if (renderer.mainText(key, page).trim() === "") problems.push({ field: "body", code: "renderEmpty" });
  const offered = offeredAnswers(page);
  for (const answer of answersLeadingOn(outcome, key)) {
    if (!offered.get(answer)) problems.push({ field: `choices.${answer}`, code: "answerUnreachable" });
  }
  return problems;
}

/** Renders the text for each outcome that shows it; one problem per field and reason, naming its outcomes. */
export async function checkRenderings(key: ContentKey, source: string, renderer: GateRenderer): Promise<RenderingCheck> {
  const outcomes = outcomesUsing(key);
  const found = await Promise.all(outcomes.map(async (outcome) => ({ outcome, problems: await problemsFor(key, outcome, source, renderer) })));
  const grouped = new Map<string, { problem: Omit<ContentProblem, "values">; outcomes: OutcomeCode[] }>();
  for (const { outcome, problems } of found) {
    for (const problem of problems) {
      const id = `${problem.field} ${problem.code}`;
      const group = grouped.get(id) ?? { problem, outcomes: [] };
      group.outcomes.push(outcome);
      grouped.set(id, group);
    }
  }
  return { outcomes, problems: [...grouped.values()].map(({ problem, outcomes: where }) => ({ ...problem, values: { outcome: where.join("、") } })) };
}
