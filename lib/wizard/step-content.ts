import "server-only";
// Reads and compiles content/<locale>/steps/<id>.mdx with the allow-listed components the page
// binds to this journey (callout, the login name box, the step's action). The id comes from
// STEP_IDS, never from raw input, so the path cannot wander.
import { readFile } from "node:fs/promises";
import { cache } from "react";
import { compileSafeMdx, type CompiledMdx, type MdxComponents } from "@/lib/content/compile-mdx";
import { stepContentPath } from "./step-content-path";
import { frontmatterProblems, stepFrontmatterSchema, type StepFrontmatter } from "./step-frontmatter";
import type { StepId } from "./steps";

const readStepSource = cache(async (step: StepId): Promise<string> => readFile(stepContentPath(step), "utf8"));

export async function loadStepContent({ step, components }: { step: StepId; components: MdxComponents }): Promise<CompiledMdx<StepFrontmatter>> {
  const compiled = await compileSafeMdx({
    source: await readStepSource(step),
    name: `steps/${step}.mdx`,
    components,
    frontmatter: stepFrontmatterSchema,
  });
  const problems = frontmatterProblems(step, compiled.frontmatter);
  if (problems.length > 0) throw new Error(`steps/${step}.mdx: ${problems.join("; ")}`);
  return compiled;
}

// Content files do not change while the server runs: each step's frontmatter is compiled once.
const frontmatterByStep = new Map<StepId, Promise<StepFrontmatter>>();

/** Frontmatter only (titles and summaries for the checklist, the summary and the steps ahead). */
export function loadStepFrontmatter(step: StepId): Promise<StepFrontmatter> {
  let loaded = frontmatterByStep.get(step);
  if (!loaded) {
    loaded = loadStepContent({ step, components: {} }).then((compiled) => compiled.frontmatter);
    frontmatterByStep.set(step, loaded);
    loaded.catch(() => frontmatterByStep.delete(step));
  }
  return loaded;
}
