// The YAML front matter of an MDX text, read without compiling the MDX: for a title or summary,
// where compiling the whole page would be wasted work. The same fence and parser as
// next-mdx-remote's `parseFrontmatter` (vfile-matter with `yaml`), validated by the caller's zod schema.
import { parse } from "yaml";
import type { z } from "zod";
import { ContentError } from "./compile-mdx";

const FENCE = /^---(?:\r?\n|\r)(?:([\s\S]*?)(?:\r?\n|\r))?---(?:\r?\n|\r|$)/;

export function parseFrontmatter<T>({ source, name, schema }: { source: string; name: string; schema: z.ZodType<T> }): T {
  const fenced = FENCE.exec(source);
  let data: unknown;
  try {
    data = fenced ? (parse(fenced[1] ?? "") ?? {}) : {};
  } catch (error) {
    throw new ContentError(name, `invalid frontmatter (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "frontmatter"}: ${issue.message}`);
    throw new ContentError(name, `invalid frontmatter (${problems.join("; ")})`);
  }
  return parsed.data;
}
