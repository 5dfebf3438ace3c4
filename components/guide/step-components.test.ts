// A step's text links into the platform the way its action does: with `next` back to the step, so
// a plain `[文字](/recovery/hint)` in content/<locale>/steps/*.mdx needs nothing from the editor.
// Written `<a>` tags stay refused, and the link component checks addresses itself.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileSafeMdx } from "@/lib/content/compile-mdx";
import { bindStepComponents } from "./step-components";

async function render(body: string): Promise<string> {
  const components = bindStepComponents({ step: "reset-legal", loginName: null, window: "legal", actionReturn: "" });
  const { content } = await compileSafeMdx({ source: `---\ntitle: t\n---\n\n${body}`, name: "test.mdx", components, frontmatter: z.object({ title: z.string() }) });
  return renderToStaticMarkup(content);
}

describe("links in a step's text", () => {
  it("lead into the platform and back to the step", async () => {
    const html = await render("先[查询法人账号的联系人信息](/recovery/hint)。");
    expect(html).toContain('href="/recovery/hint?next=%2Fguide%2Fjourney%2Freset-legal"');
    expect(html).toContain(">查询法人账号的联系人信息</a>");
  });

  it("leave the guide's pages and other sites as written", async () => {
    const html = await render("[继续](/guide/resume) [平台](https://fuwu.most.gov.cn) [电话](tel:010-88659000)");
    expect(html).toContain('href="/guide/resume"');
    expect(html).toContain('href="https://fuwu.most.gov.cn"');
    expect(html).toContain('href="tel:010-88659000"');
  });

  it("keep refusing unsafe addresses and written <a> tags", async () => {
    const html = await render('[坏](javascript:alert(1)) <a href="/recovery/hint" onclick="alert(2)">标签</a> [好](/recovery/hint)');
    expect(html).not.toMatch(/javascript:|onclick|标签/i);
    expect(html).toContain('href="/recovery/hint?next=%2Fguide%2Fjourney%2Freset-legal"');
  });
});
