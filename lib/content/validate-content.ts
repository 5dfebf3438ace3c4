// Checks a staff edit before it is stored: it must compile as safe MDX with the same components the
// pages bind, and its frontmatter must satisfy the schema of its kind (for a step, also agree with
// the flow's answers). A text that would break a page is refused with the reason, never stored.
import { frontmatterProblems, stepFrontmatterSchema } from "@/lib/wizard/step-frontmatter";
import { compileSafeMdx, type MdxComponents } from "./compile-mdx";
import type { ContentKey } from "./content-keys";
import { outcomeFrontmatterSchema } from "./outcome-frontmatter";

export const MAX_CONTENT_LENGTH = 20_000;

const Stub = () => null;
// The names each kind's pages allow (app/(guide)/guide/journey/_components).
const COMPONENTS: Record<ContentKey["kind"], MdxComponents> = {
  steps: { Callout: Stub, LoginNameBox: Stub, PlatformAddress: Stub, StepAction: Stub },
  outcomes: { Callout: Stub, PlatformAddress: Stub, StepAction: Stub },
};

export type ContentCheck = { ok: true } | { ok: false; reason: "empty" | "tooLong" | "invalid"; detail?: string };

export async function validateContentSource(key: ContentKey, source: string): Promise<ContentCheck> {
  if (source.trim() === "") return { ok: false, reason: "empty" };
  if (source.length > MAX_CONTENT_LENGTH) return { ok: false, reason: "tooLong" };
  const name = `${key.kind}/${key.id}`;
  try {
    if (key.kind === "outcomes") {
      await compileSafeMdx({ source, name, components: COMPONENTS.outcomes, frontmatter: outcomeFrontmatterSchema });
      return { ok: true };
    }
    const { frontmatter } = await compileSafeMdx({ source, name, components: COMPONENTS.steps, frontmatter: stepFrontmatterSchema });
    const problems = frontmatterProblems(key.id, frontmatter);
    return problems.length === 0 ? { ok: true } : { ok: false, reason: "invalid", detail: problems.join("; ") };
  } catch (error) {
    // MDX syntax errors and frontmatter problems carry a message an editor can act on.
    return { ok: false, reason: "invalid", detail: error instanceof Error ? error.message.slice(0, 500) : String(error) };
  }
}
