// Reading only the front matter must give exactly what compiling the page gives, for every
// outcome text, and refuse broken front matter with the text's name.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OUTCOME_CODES } from "@/lib/migration/outcomes";
import { compileSafeMdx, ContentError } from "./compile-mdx";
import { outcomeContentPath } from "./load-outcome-content";
import { outcomeFrontmatterSchema } from "./outcome-frontmatter";
import { parseFrontmatter } from "./parse-frontmatter";

const titleOnly = z.object({ title: z.string() }).strict();

describe("parseFrontmatter", () => {
  it.each(OUTCOME_CODES)("reads %s's front matter as the MDX compiler does", async (code) => {
    const source = readFileSync(outcomeContentPath(code), "utf8");
    const compiled = await compileSafeMdx({ source, name: code, components: {}, frontmatter: outcomeFrontmatterSchema });
    expect(parseFrontmatter({ source, name: code, schema: outcomeFrontmatterSchema })).toEqual(compiled.frontmatter);
  });

  it("ignores the body, even MDX that would not compile", () => {
    expect(parseFrontmatter({ source: "---\ntitle: 标题\n---\n\n<Broken {", name: "x.mdx", schema: titleOnly })).toEqual({ title: "标题" });
  });

  it("refuses YAML that does not parse, naming the text", () => {
    expect(() => parseFrontmatter({ source: '---\ntitle: "open\n---\n', name: "outcomes/E-R1.mdx", schema: titleOnly })).toThrow(ContentError);
    expect(() => parseFrontmatter({ source: '---\ntitle: "open\n---\n', name: "outcomes/E-R1.mdx", schema: titleOnly })).toThrow(/outcomes\/E-R1\.mdx/);
  });

  it("refuses a text without front matter, or with fields the schema does not know", () => {
    expect(() => parseFrontmatter({ source: "# 只有正文", name: "a.mdx", schema: titleOnly })).toThrow(/title/);
    expect(() => parseFrontmatter({ source: "---\ntitle: 标题\nextra: 1\n---\n", name: "b.mdx", schema: titleOnly })).toThrow(/invalid frontmatter/);
  });
});
