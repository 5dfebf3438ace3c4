// The editor's fields and the stored source: every shipped text survives the round trip through
// the form unchanged in meaning (the same front matter and body), and edits land where they belong.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allContentKeys, contentKeyText, type ContentKey } from "./content-keys";
import { fieldsFromSource, sourceFromFields } from "./content-fields";
import { isSameText, splitSource } from "./source-parts";

const shipped = (key: ContentKey) => readFileSync(`${process.cwd()}/content/zh-CN/${key.kind}/${key.id}.mdx`, "utf8");

describe("content fields", () => {
  it.each(allContentKeys().map((key) => [contentKeyText(key), key] as const))("%s round-trips through the form", (_name, key) => {
    const source = shipped(key);
    const again = sourceFromFields(key, fieldsFromSource(key, source));
    expect(splitSource(again)).toEqual(splitSource(source));
    expect(sourceFromFields(key, fieldsFromSource(key, again))).toBe(again);
  });

  it("reads a step's question and the label of each flow answer", () => {
    const fields = fieldsFromSource({ kind: "steps", id: "log-in-legal" }, shipped({ kind: "steps", id: "log-in-legal" }));
    expect(fields.question).toBe("登录结果如何？");
    expect(Object.keys(fields.choices).sort()).toEqual(["forgot", "ok", "refused"]);
    expect(fields.body).toMatch(/^1\. 打开/);
  });

  it("writes steps of words as strings and linked steps as objects, dropping empty rows", () => {
    const key: ContentKey = { kind: "outcomes", id: "E-R3" };
    const fields = fieldsFromSource(key, shipped(key));
    fields.steps = [
      { text: " 第一步 ", href: "", linkText: "" },
      { text: "", href: "", linkText: "" },
      { text: "第二步", href: "/login/legal", linkText: "去登录" },
    ];
    const { frontmatter } = splitSource(sourceFromFields(key, fields));
    expect(frontmatter).toMatchObject({ window: "legal", steps: ["第一步", { text: "第二步", href: "/login/legal", linkText: "去登录" }] });
  });

  it("keeps quotes, colons and line-break characters of a field as typed", () => {
    const key: ContentKey = { kind: "outcomes", id: "E-U1" };
    const fields = { ...fieldsFromSource(key, shipped(key)), title: '标题: "引号" \\ #号' };
    expect(splitSource(sourceFromFields(key, fields)).frontmatter).toMatchObject({ title: '标题: "引号" \\ #号', window: null });
  });

  it("makes a browser's CRLF body LF", () => {
    const key: ContentKey = { kind: "steps", id: "overview" };
    const fields = { ...fieldsFromSource(key, shipped(key)), body: "第一段\r\n\r\n第二段\r\n" };
    expect(sourceFromFields(key, fields)).toMatch(/\n\n第一段\n\n第二段\n$/);
  });
});

describe("isSameText", () => {
  it("sees through quoting and trailing blank lines, not through a changed word", () => {
    const a = '---\ntitle: 标题\nwindow: legal\n---\n\n正文\n';
    expect(isSameText(a, '---\ntitle: "标题"\nwindow: "legal"\n---\n\n正文\n\n')).toBe(true);
    expect(isSameText(a, '---\ntitle: "标题"\nwindow: "legal"\n---\n\n正文。\n')).toBe(false);
  });
});
