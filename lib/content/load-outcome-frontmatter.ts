import "server-only";
// An outcome page's front matter (title, summary…) as the site shows it now — the staff edit or
// the shipped file — read without compiling the page's MDX.
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { readContentSource } from "./content-file";
import { outcomeFrontmatterSchema, type OutcomeFrontmatter } from "./outcome-frontmatter";
import { parseFrontmatter } from "./parse-frontmatter";

export async function loadOutcomeFrontmatter({ code }: { code: OutcomeCode }): Promise<OutcomeFrontmatter> {
  const source = await readContentSource("outcomes", code);
  return parseFrontmatter({ source, name: `outcomes/${code}.mdx`, schema: outcomeFrontmatterSchema });
}
