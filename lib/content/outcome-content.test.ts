// Every outcome has a content file whose frontmatter is valid, whose window agrees with the
// migration rules, and whose body keeps the parts the page promises: the situation and the reason.
import { readFileSync } from "node:fs";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OUTCOME_CODES, WINDOW_BY_OUTCOME } from "@/lib/migration/outcomes";
import { compileSafeMdx } from "./compile-mdx";
import { outcomeContentPath } from "./load-outcome-content";
import { outcomeFrontmatterSchema } from "./outcome-frontmatter";

function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return createElement("aside", null, title, children);
}

describe.each(OUTCOME_CODES)("content for %s", (code) => {
  const source = readFileSync(outcomeContentPath(code), "utf8");

  it("compiles with valid frontmatter, the right window, a reason and ordered steps", async () => {
    const { content, frontmatter } = await compileSafeMdx({
      source,
      name: code,
      components: { Callout },
      frontmatter: outcomeFrontmatterSchema,
    });
    expect(frontmatter.window).toBe(WINDOW_BY_OUTCOME[code]);
    expect(frontmatter.steps?.length ?? 0).toBeGreaterThanOrEqual(2);
    const html = renderToStaticMarkup(content);
    expect(html).toContain("<h2>您的情况</h2>");
    expect(html).toContain("<h2>原因</h2>");
    // Emphasis that Markdown could not parse (CJK punctuation next to **) would show as stars.
    expect(html).not.toContain("**");
  });

  it("gives a login-name hint exactly where the outcome names an account to log in with", async () => {
    const { frontmatter } = await compileSafeMdx({ source, name: code, components: { Callout }, frontmatter: outcomeFrontmatterSchema });
    expect(frontmatter.loginNameHint !== undefined).toBe(WINDOW_BY_OUTCOME[code] !== null);
  });
});
