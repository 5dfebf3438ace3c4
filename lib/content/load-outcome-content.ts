import "server-only";
// Compiles the text of an outcome page: content/<locale>/outcomes/<CODE>.mdx, or the staff edit of
// it (lib/content/content-file.ts), or — for the staff preview — a given draft. The code comes from
// OUTCOME_CODES (never from raw input), so the path cannot wander; the caller supplies the components.
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { compileSafeMdx, type CompiledMdx, type MdxComponents } from "./compile-mdx";
import { contentFilePath, readContentSource } from "./content-file";
import { outcomeFrontmatterSchema, type OutcomeFrontmatter } from "./outcome-frontmatter";

export function outcomeContentPath(code: OutcomeCode): string {
  return contentFilePath({ kind: "outcomes", id: code });
}

export async function loadOutcomeContent({
  code,
  components,
  source,
}: {
  code: OutcomeCode;
  components: MdxComponents;
  /** A text to show instead of the published one (a draft in the staff preview). */
  source?: string;
}): Promise<CompiledMdx<OutcomeFrontmatter>> {
  source ??= await readContentSource("outcomes", code);
  return compileSafeMdx({ source, name: `outcomes/${code}.mdx`, components, frontmatter: outcomeFrontmatterSchema });
}
