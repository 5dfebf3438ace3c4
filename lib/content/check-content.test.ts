// The publish gate on real texts: the shipped ones pass; an edit that would break a page is an
// error (not even a draft); one that would lose something silently, link nowhere, drop a section
// or the step's action, or make two answers look the same is refused for publishing, with the field.
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { checkContent as checkWith } from "./check-content";
import type { GateRenderer } from "./check-renderings";
import { allContentKeys, contentKeyText, type ContentKey } from "./content-keys";
import { type ContentFields, fieldsFromSource } from "./content-fields";
import { outcomesUsing } from "./content-usage";
import { textOf } from "./render-server-tree";

// The guide's pages need the catalogue and the database: tests/integration/content/publish-gate
// renders them. Here a page is the text's words and its answers, so only the rules below decide.
const plainPages: GateRenderer = {
  page: (key, _outcome, source) => {
    const { body, choices } = fieldsFromSource(key, source);
    const answers = Object.entries(choices).flatMap(([value, label]) => [createElement("input", { key: value, id: value, type: "radio", value }), createElement("label", { key: `${value}-label`, htmlFor: value }, label)]);
    return createElement("main", null, body, ...answers);
  },
  mainText: (_key, page) => textOf(page),
};
const checkContent = (key: ContentKey, fields: ContentFields) => checkWith(key, fields, plainPages);

const shippedFields = (key: ContentKey): ContentFields => fieldsFromSource(key, readFileSync(`${process.cwd()}/content/zh-CN/${key.kind}/${key.id}.mdx`, "utf8"));
const step: ContentKey = { kind: "steps", id: "log-in-legal" };
const outcome: ContentKey = { kind: "outcomes", id: "E-R3" };

describe("checkContent", () => {
  it.each(allContentKeys().map((key) => [contentKeyText(key), key] as const))("passes the shipped %s", async (_name, key) => {
    expect(await checkContent(key, shippedFields(key))).toEqual({ errors: [], warnings: [], outcomes: outcomesUsing(key) });
  });

  it("refuses empty and over-long fields beside each field", async () => {
    const fields = { ...shippedFields(outcome), title: "  ", summary: "长".repeat(301), loginNameHint: "" };
    const { errors } = await checkContent(outcome, fields);
    expect(errors).toEqual([
      { field: "title", code: "required" },
      { field: "summary", code: "tooLong", values: { max: 300, length: 301 } },
      { field: "loginNameHint", code: "required" },
    ]);
  });

  it("refuses a step without the label of a flow answer or its question", async () => {
    const fields = shippedFields(step);
    const { errors } = await checkContent(step, { ...fields, question: "", choices: { ...fields.choices, refused: " " } });
    expect(errors.map((e) => e.field)).toEqual(["question", "choices.refused"]);
  });

  it("refuses an outcome step link that is half filled or unsafe", async () => {
    const fields = shippedFields(outcome);
    fields.steps = [
      { text: "去登录", href: "/login/legal", linkText: "" },
      { text: "坏链接", href: "javascript:alert(1)", linkText: "点我" },
    ];
    const { errors } = await checkContent(outcome, fields);
    expect(errors).toEqual([
      { field: "steps.0.linkText", code: "stepLinkIncomplete" },
      { field: "steps.1.href", code: "unsafeHref" },
    ]);
  });

  it("refuses broken MDX with the line in the body field", async () => {
    const fields = shippedFields(step);
    const { errors } = await checkContent(step, { ...fields, body: `${fields.body}\n\n<Callout>没有结束\n` });
    expect(errors).toEqual([{ field: "body", code: "syntax", detail: "end-tag-mismatch", values: { line: expect.any(Number), column: 1 } }]);
  });

  it("warns about everything the sanitiser would remove, with lines", async () => {
    const fields = shippedFields(outcome);
    const body = `${fields.body}\n\n<script>alert(1)</script>\n\n[坏](javascript:x)\n\n![外部](https://tracker.example/a.png)\n`;
    const { errors, warnings } = await checkContent(outcome, { ...fields, body });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => [w.field, w.code, w.detail])).toEqual([
      ["body", "removed", "script"],
      ["body", "removed", "unsafeLink"],
      ["body", "removed", "externalImage"],
    ]);
  });

  it("warns about links to pages or steps that do not exist, in the body and the steps", async () => {
    const fields = shippedFields(outcome);
    fields.steps[0] = { ...fields.steps[0], href: "/login/admin", linkText: "去登录" };
    const body = `${fields.body}\n\n见 [下一步](/guide/journey/no-such-step) 与 [结果](/guide/outcomes/E-R1)。\n`;
    const { warnings } = await checkContent(outcome, { ...fields, body });
    expect(warnings).toEqual([
      { field: "body", code: "brokenLink", values: { line: expect.any(Number), url: "/guide/journey/no-such-step" } },
      { field: "steps.0.href", code: "brokenLink", values: { url: "/login/admin" } },
    ]);
  });

  it("warns when an outcome loses a section the page promises", async () => {
    const fields = shippedFields(outcome);
    const { warnings } = await checkContent(outcome, { ...fields, body: fields.body.replace("## 原因", "## 为什么") });
    expect(warnings).toEqual([{ field: "body", code: "sectionMissing", values: { heading: "原因" } }]);
  });

  it("warns when a step loses or repeats its action", async () => {
    const fields = shippedFields(step);
    const without = fields.body.replace(/<StepAction>.*<\/StepAction>/, "");
    expect((await checkContent(step, { ...fields, body: without })).warnings).toEqual([{ field: "body", code: "actionMissing" }]);
    const twice = `${fields.body}\n\n<StepAction>再来一次</StepAction>\n`;
    expect((await checkContent(step, { ...fields, body: twice })).warnings).toEqual([{ field: "body", code: "actionRepeated" }]);
  });

  it("warns when two answers read the same, so one could no longer be chosen", async () => {
    const fields = shippedFields(step);
    // log-in-legal: "ok" waits for the platform to show the login, "refused" goes to 登录名重置密码.
    const same = { ...fields, choices: { ...fields.choices, refused: fields.choices.ok } };
    const { warnings } = await checkContent(step, same);
    expect(warnings).toEqual([{ field: "choices.refused", code: "answersIndistinct", values: { other: fields.choices.ok } }]);
  });
});
