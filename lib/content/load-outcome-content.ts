import "server-only";
// Reads and compiles content/<locale>/outcomes/<CODE>.mdx. The code comes from OUTCOME_CODES
// (never from raw input), so the path cannot wander; the caller supplies the component map.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cache } from "react";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { compileSafeMdx, type CompiledMdx, type MdxComponents } from "./compile-mdx";
import { outcomeFrontmatterSchema, type OutcomeFrontmatter } from "./outcome-frontmatter";

export const CONTENT_LOCALE = "zh-CN";

export function outcomeContentPath(code: OutcomeCode, locale = CONTENT_LOCALE): string {
  return path.join(process.cwd(), "content", locale, "outcomes", `${code}.mdx`);
}

export const readOutcomeSource = cache(async (code: OutcomeCode): Promise<string> => readFile(outcomeContentPath(code), "utf8"));

export async function loadOutcomeContent({
  code,
  components,
}: {
  code: OutcomeCode;
  components: MdxComponents;
}): Promise<CompiledMdx<OutcomeFrontmatter>> {
  const source = await readOutcomeSource(code);
  return compileSafeMdx({ source, name: `outcomes/${code}.mdx`, components, frontmatter: outcomeFrontmatterSchema });
}
