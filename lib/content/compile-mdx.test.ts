// The MDX pipeline must never let edited text run code or inject markup: script and other raw tags
// go, expressions go, allowed components stay, frontmatter is checked.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileSafeMdx, ContentError } from "./compile-mdx";
import { isSafeHref } from "./remark-allow-components";

function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return createElement("aside", { "data-callout": title ?? "" }, children);
}

const frontmatter = z.object({ title: z.string() });

async function render(body: string): Promise<string> {
  const source = `---\ntitle: 测试\n---\n\n${body}`;
  const { content } = await compileSafeMdx({ source, name: "test.mdx", components: { Callout }, frontmatter });
  return renderToStaticMarkup(content);
}

describe("compileSafeMdx", () => {
  it("keeps Markdown and allowed components with their string attributes", async () => {
    const html = await render('# 标题\n\n<Callout title="注意">请在**法人登录**窗口登录。</Callout>');
    expect(html).toContain("<h1>标题</h1>");
    expect(html).toContain('<aside data-callout="注意">');
    expect(html).toContain("<strong>法人登录</strong>");
  });

  it("removes <script>, <iframe>, <img onerror> and other unlisted elements with their content", async () => {
    const html = await render(
      [
        "前文",
        "<script>alert(1)</script>",
        '<iframe src="https://example.com"></iframe>',
        '<img src="x" onerror="alert(2)" />',
        '段落里 <span onclick="alert(3)">内联</span> 结束',
        "<Unknown>别的组件</Unknown>",
        "<>片段</>",
      ].join("\n\n"),
    );
    expect(html).toContain("前文");
    expect(html).toContain("结束");
    for (const gone of ["<script", "alert", "<iframe", "<img", "onerror", "onclick", "<span", "内联", "别的组件", "片段"]) {
      expect(html).not.toContain(gone);
    }
  });

  it("removes expressions, expression attributes and spread attributes", async () => {
    const html = await render('前 {1 + 1} 后 {process.exit(1)}\n\n<Callout title={danger()} {...props}>正文</Callout>');
    expect(html).not.toContain("2");
    expect(html).toContain("前");
    expect(html).toContain("后");
    expect(html).toContain('<aside data-callout="">正文</aside>');
  });

  it("removes imports and exports", async () => {
    const html = await render('import fs from "node:fs"\nexport const x = 1\n\n正文');
    expect(html).toBe("<p>正文</p>");
  });

  it("removes links to javascript: and data: addresses but keeps safe ones", async () => {
    const html = await render("[坏](javascript:alert(1)) [也坏](data:text/html,x) [好](/guide) [电话](tel:010-88659000)");
    expect(html).not.toContain("javascript");
    expect(html).not.toContain("data:");
    expect(html).toContain('<a href="/guide">好</a>');
    expect(html).toContain('<a href="tel:010-88659000">电话</a>');
  });

  it("removes images from other sites but keeps this site's", async () => {
    const html = await render("![外部](https://tracker.example/p.png) ![引用][r] ![本站](/logo.png)\n\n[r]: https://tracker.example/q.png");
    expect(html).not.toContain("tracker.example");
    expect(html).toContain('<img src="/logo.png" alt="本站"/>');
  });

  it("refuses frontmatter that does not match the schema", async () => {
    const source = "---\nheading: 没有标题字段\n---\n\n正文";
    await expect(compileSafeMdx({ source, name: "bad.mdx", components: {}, frontmatter })).rejects.toBeInstanceOf(ContentError);
  });
});

describe("isSafeHref", () => {
  it.each(["/guide", "#steps", "https://fuwu.most.gov.cn", "tel:010-88659000", "mailto:a@b.cn"])("accepts %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });
  it.each(["javascript:alert(1)", " JavaScript:x", "data:text/html,x", "vbscript:x", "//evil.example"])("refuses %s", (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});
