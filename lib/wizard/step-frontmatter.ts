// The frontmatter of content/<locale>/steps/<step id>.mdx. The question's wording lives in the
// content, its answers' ids in flow.ts: `matchesFlow` keeps the two in step (tested for every step).
import { z } from "zod";
import { FLOW } from "./flow";
import type { StepId } from "./steps";

const text = (max: number) => z.string().trim().min(1).max(max);

export const stepFrontmatterSchema = z
  .object({
    /** The page heading. */
    title: text(60),
    /** One line for the checklist and the list of steps ahead. */
    summary: text(200),
    /** The question's legend, for a step that asks one. */
    question: text(60).optional(),
    /** The label of each answer, by the answer id of flow.ts. */
    choices: z.record(z.string().regex(/^[a-z-]+$/), text(80)).optional(),
  })
  .strict();
export type StepFrontmatter = z.infer<typeof stepFrontmatterSchema>;

/** Problems between a step's content and its definition (empty when they agree). */
export function frontmatterProblems(step: StepId, frontmatter: StepFrontmatter): string[] {
  const input = FLOW[step].input;
  const wanted = input ? [...input.options].sort() : [];
  const given = Object.keys(frontmatter.choices ?? {}).sort();
  const problems: string[] = [];
  if (JSON.stringify(wanted) !== JSON.stringify(given)) problems.push(`choices ${given.join(",")} ≠ flow answers ${wanted.join(",")}`);
  if (Boolean(input) !== Boolean(frontmatter.question)) problems.push(input ? "question missing" : "question on a step that asks nothing");
  return problems;
}
