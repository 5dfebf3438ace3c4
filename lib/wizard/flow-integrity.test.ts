// The flow as a whole: every transition lands on a defined step, every step is reachable by some
// outcome, no path can loop (so answers kept by step id are unambiguous), every outcome's expected
// path ends on a last step, and every step has content whose frontmatter is valid and agrees with
// the definition (its question's answers, and the action the content places).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSafeMdx } from "@/lib/content/compile-mdx";
import { contentFilePath } from "@/lib/content/content-file";
import { OUTCOME_CODES, type OutcomeCode } from "@/lib/migration/outcomes";
import { NO_FACTS } from "./facts";
import { FIRST_STEP, FLOW } from "./flow";
import { ALL_FACTS, flowGraph } from "./flow-graph";
import { projectRemaining } from "./progress";
import { frontmatterProblems, stepFrontmatterSchema } from "./step-frontmatter";
import { isStepId, STEP_IDS, type StepId } from "./steps";

/** The steps each reachable step can lead to, over every answer and every state of the platform. */
function graphOf(outcome: OutcomeCode): Map<StepId, Set<StepId>> {
  return new Map([...flowGraph(outcome)].map(([step, edges]) => [step, new Set(edges.map((edge) => edge.to))]));
}

function hasCycle(graph: Map<StepId, Set<StepId>>): boolean {
  const state = new Map<StepId, "open" | "done">();
  const visit = (step: StepId): boolean => {
    if (state.get(step) === "open") return true;
    if (state.get(step) === "done") return false;
    state.set(step, "open");
    for (const next of graph.get(step) ?? []) if (visit(next)) return true;
    state.set(step, "done");
    return false;
  };
  return [...graph.keys()].some(visit);
}

describe("flow integrity", () => {
  const graphs = new Map(OUTCOME_CODES.map((outcome) => [outcome, graphOf(outcome)]));

  it("defines every step id once, under its own id", () => {
    expect(Object.keys(FLOW).sort()).toEqual([...STEP_IDS].sort());
    for (const id of STEP_IDS) expect(FLOW[id].id).toBe(id);
  });

  it.each(OUTCOME_CODES)("%s: every transition lands on a defined step and no path loops", (outcome) => {
    const graph = graphs.get(outcome) as Map<StepId, Set<StepId>>;
    for (const next of graph.values()) for (const step of next) expect(isStepId(step)).toBe(true);
    expect(hasCycle(graph)).toBe(false);
  });

  it("every step is reachable by some outcome", () => {
    const reached = new Set([...graphs.values()].flatMap((graph) => [...graph.keys()]));
    expect([...STEP_IDS].filter((id) => !reached.has(id))).toEqual([]);
  });

  it.each(OUTCOME_CODES)("%s: the expected path from the start ends on a last step", (outcome) => {
    const path = projectRemaining(outcome, FIRST_STEP, NO_FACTS);
    const last = path.at(-1) as StepId;
    expect(FLOW[last].next).toBeNull();
    expect(new Set(path).size).toBe(path.length);
  });

  it("once the platform shows a step done, its answer no longer changes where it leads (the page stops asking)", () => {
    for (const outcome of OUTCOME_CODES) {
      for (const id of STEP_IDS) {
        const { input, next, isComplete } = FLOW[id];
        if (!input || !next) continue;
        for (const facts of ALL_FACTS.filter(isComplete)) {
          const results = [undefined, ...input.options].map((answer) => JSON.stringify(next({ outcome, answer, facts })));
          expect(new Set(results).size, `${outcome} ${id} ${JSON.stringify(facts)}`).toBe(1);
        }
      }
    }
  });

  it("a step with a question expects one of its own answers; a step without asks nothing", () => {
    for (const id of STEP_IDS) {
      const { input, expectedAnswer } = FLOW[id];
      if (input) expect(input.options).toContain(expectedAnswer);
      else expect(expectedAnswer).toBeNull();
    }
  });
});

describe.each(STEP_IDS)("content for step %s", (step) => {
  const source = readFileSync(contentFilePath({ kind: "steps", id: step }), "utf8");

  it("compiles with valid frontmatter that agrees with the flow", async () => {
    const { frontmatter } = await compileSafeMdx({ source, name: step, components: {}, frontmatter: stepFrontmatterSchema });
    expect(frontmatterProblems(step, frontmatter)).toEqual([]);
  });

  it("names the platform's address through <PlatformAddress /> (PLATFORM_URL), never as text", () => {
    expect(source).not.toMatch(/https?:\/\/(?!\/)[^\s)）]*most\.gov\.cn/);
  });

  it("places the step's action exactly where the flow has one", () => {
    const actions = source.match(/<StepAction>/g)?.length ?? 0;
    expect(actions).toBe(FLOW[step].action ? 1 : 0);
  });
});
