// Compiles edited MDX (outcome pages, and later database text) into React without running any of
// its code: imports, exports and `{expressions}` are removed by next-mdx-remote, every JSX element
// not on the allow-list by our remark plugin. Frontmatter is validated by the caller's zod schema.
import type { MDXComponents } from "mdx/types";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ComponentType, ReactElement } from "react";
import type { z } from "zod";
import { remarkAllowComponents } from "./remark-allow-components";

// Component props come from MDX string attributes only (expressions are removed), so the map takes
// components of any props (`never` accepts them all); the allow-list is exactly its keys.
export type MdxComponents = Record<string, ComponentType<never>>;

export class ContentError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = "ContentError";
  }
}

export interface CompiledMdx<T> {
  content: ReactElement;
  frontmatter: T;
}

export async function compileSafeMdx<T>({
  source,
  name,
  components,
  frontmatter,
}: {
  source: string;
  /** Where the text came from, for error messages (a file path or a record id). */
  name: string;
  components: MdxComponents;
  frontmatter: z.ZodType<T>;
}): Promise<CompiledMdx<T>> {
  const compiled = await compileMDX<Record<string, unknown>>({
    source,
    // MDX's map is typed for its own element names; ours are plain components of string props.
    components: components as MDXComponents,
    options: {
      parseFrontmatter: true,
      blockJS: true,
      blockDangerousJS: true,
      // Only capitalised names are components an edited text may write. A lower-case key (`a`)
      // restyles what Markdown itself produces (a link); a written `<a …>` tag is never let through.
      mdxOptions: { remarkPlugins: [remarkAllowComponents(Object.keys(components).filter((name) => /^[A-Z]/.test(name)))] },
    },
  });
  const parsed = frontmatter.safeParse(compiled.frontmatter);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "frontmatter"}: ${issue.message}`);
    throw new ContentError(name, `invalid frontmatter (${problems.join("; ")})`);
  }
  return { content: compiled.content, frontmatter: parsed.data };
}
