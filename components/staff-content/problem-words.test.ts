// Every problem the gate can report reads as a sentence in Chinese with its details filled in: no
// ICU formatting error (the messages quote their `<tags>` and `{ }`), no raw key, the line kept.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { RemovalKind } from "@/lib/content/analyse-body";
import type { ContentProblem } from "@/lib/content/content-problems";
import messages from "@/messages/zh-CN";
import { fieldControlId, fieldName, problemWords } from "./problem-words";

const errors: string[] = [];
const t = createTranslator({ locale: "zh-CN", messages, namespace: "contentEditor", onError: (error) => errors.push(error.message) });
const translate = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);

const REMOVALS: RemovalKind[] = ["script", "tag", "component", "unsafeLink", "externalImage", "expression", "import"];
const RULES = ["end-tag-mismatch", "unexpected-closing-slash", "unexpected-character", "unexpected-eof", "acorn", "unexpected-lazy", "something-new"];

const problems: ContentProblem[] = [
  { field: "title", code: "required" },
  { field: "summary", code: "tooLong", values: { max: 300, length: 301 } },
  { field: "steps.3.text", code: "tooManySteps", values: { max: 12 } },
  { field: "steps.0.linkText", code: "stepLinkIncomplete" },
  { field: "steps.1.href", code: "unsafeHref" },
  { field: "steps.1.href", code: "brokenLink", values: { url: "/nowhere" } },
  { field: "body", code: "brokenLink", values: { line: 7, url: "/nowhere" } },
  { field: "body", code: "sectionMissing", values: { heading: "原因" } },
  { field: "body", code: "actionMissing" },
  { field: "body", code: "actionRepeated" },
  { field: "body", code: "actionUnused" },
  { field: "choices.refused", code: "answersIndistinct", values: { other: "已经登录成功" } },
  { field: "body", code: "invalid" },
  ...RULES.map((rule): ContentProblem => ({ field: "body", code: "syntax", detail: rule, values: { line: 12, column: 3 } })),
  ...REMOVALS.map((kind): ContentProblem => ({ field: "body", code: "removed", detail: kind, values: { line: 4, name: "iframe" } })),
];

describe("problem words", () => {
  it.each(problems.map((problem) => [`${problem.code} ${problem.detail ?? problem.field}`, problem] as const))("%s reads as a Chinese sentence", (_name, problem) => {
    const words = problemWords(translate, problem, ["ok", "refused", "forgot"]);
    expect(errors).toEqual([]);
    expect(words).toMatch(/[\u4e00-\u9fff]/);
    expect(words).not.toMatch(/contentEditor|problems\.|\{[a-z]+\}|undefined/);
    if (problem.values?.line !== undefined) expect(words).toContain(`第 ${problem.values.line} 行`);
  });

  it("names fields as the form labels them", () => {
    expect(fieldName(translate, "steps.1.href")).toBe("第 2 步的链接地址");
    expect(fieldName(translate, "choices.refused", ["ok", "refused", "forgot"])).toBe("第 2 个选项的文字");
    expect(problemWords(translate, { field: "title", code: "required" })).toBe("请填写标题。");
    expect(problemWords(translate, { field: "body", code: "removed", detail: "script", values: { line: 4 } })).toBe("正文第 4 行：不允许使用脚本 <script>，发布时会被删除，请删掉它。");
    expect(fieldControlId("steps.0.href")).toBe("content-steps-0-href");
  });
});
