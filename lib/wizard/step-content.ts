import "server-only";
// Reads and compiles content/<locale>/steps/<id>.mdx with the allow-listed components the page
// binds to this journey (callout, the login name box, the step's action). The id comes from
// STEP_IDS, never from raw input, so the path cannot wander.
import { compileSafeMdx, type CompiledMdx, type MdxComponents } from "@/lib/content/compile-mdx";
import { readContentSource } from "@/lib/content/content-file";
import { frontmatterProblems, stepFrontmatterSchema, type StepFrontmatter } from "./step-frontmatter";
import type { StepId } from "./steps";

// The shipped file, or the staff edit of it (validated against the same rules when it was saved).
const readStepSource = (step: StepId): Promise<string> => readContentSource("steps", step);

/** `source`: a text to show instead of the published one (a draft in the staff preview). */
export async function loadStepContent({ step, components, source }: { step: StepId; components: MdxComponents; source?: string }): Promise<CompiledMdx<StepFrontmatter>> {
  const compiled = await compileSafeMdx({
    source: source ?? (await readStepSource(step)),
    name: `steps/${step}.mdx`,
    components,
    frontmatter: stepFrontmatterSchema,
  });
  const problems = frontmatterProblems(step, compiled.frontmatter);
  if (problems.length > 0) throw new Error(`steps/${step}.mdx: ${problems.join("; ")}`);
  return compiled;
}

// Compiling is the slow part: a step's frontmatter is compiled once per text. A staff edit is a
// new text, so it shows at once and replaces the step's entry.
const frontmatterByStep = new Map<StepId, { source: string; frontmatter: Promise<StepFrontmatter> }>();

/** Frontmatter only (titles and summaries for the checklist, the summary and the steps ahead). */
export async function loadStepFrontmatter(step: StepId): Promise<StepFrontmatter> {
  const source = await readStepSource(step);
  const cached = frontmatterByStep.get(step);
  if (cached?.source === source) return cached.frontmatter;
  const frontmatter = compileSafeMdx({ source, name: `steps/${step}.mdx`, components: {}, frontmatter: stepFrontmatterSchema }).then(
    (compiled) => compiled.frontmatter,
  );
  frontmatterByStep.set(step, { source, frontmatter });
  frontmatter.catch(() => frontmatterByStep.delete(step));
  return frontmatter;
}
