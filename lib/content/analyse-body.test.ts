// The gate's reading of a body: malformed MDX gives a line and a rule, and everything the sanitiser
// (remark-allow-components) removes is named with its line, so nothing vanishes unannounced.
import { describe, expect, it } from "vitest";
import { analyseBody } from "./analyse-body";

const ALLOWED = ["Callout", "StepAction"];

describe("analyseBody", () => {
  it("finds links, components and sections of a good body", () => {
    const body = '## 您的情况\n\n见 [找回密码](/recovery) 和 [官网](https://fuwu.most.gov.cn)。\n\n<Callout title="注意">文字</Callout>\n\n<StepAction href="/login/legal">去登录</StepAction>\n\n## 原因\n';
    const result = analyseBody(body, ALLOWED);
    expect(result.syntaxError).toBeUndefined();
    expect(result.removals).toEqual([]);
    expect(result.links).toEqual([
      { url: "/recovery", line: 3 },
      { url: "https://fuwu.most.gov.cn", line: 3 },
      { url: "/login/legal", line: 7 },
    ]);
    expect(result.components).toEqual({ Callout: 1, StepAction: 1 });
    expect(result.sections).toEqual(["您的情况", "原因"]);
  });

  it("names each thing the sanitiser removes, with its line", () => {
    const body = [
      "前文",
      "<script>alert(1)</script>",
      '<iframe src="https://example.com"></iframe>',
      "<Unknown>别的组件</Unknown>",
      "[坏](javascript:alert(1))",
      "![图](https://tracker.example/p.png)",
      "![本站图](/logo.png)",
      "{1 + 1}",
      'import fs from "node:fs"',
      '<StepAction href="javascript:alert(2)">按钮</StepAction>',
      "<Callout title={danger()}>提示</Callout>",
    ].join("\n\n");
    const { removals } = analyseBody(body, ALLOWED);
    expect(removals).toEqual([
      { kind: "script", line: 3, name: "script" },
      { kind: "tag", line: 5, name: "iframe" },
      { kind: "component", line: 7, name: "Unknown" },
      { kind: "unsafeLink", line: 9, name: "javascript:alert(1)" },
      { kind: "externalImage", line: 11, name: "https://tracker.example/p.png" },
      { kind: "expression", line: 15 },
      { kind: "import", line: 17 },
      { kind: "unsafeLink", line: 19, name: "javascript:alert(2)" },
      { kind: "expression", line: 21, name: "Callout" },
    ]);
  });

  it.each([
    ["正文\n\n<Callout>没有结束标签\n", 3, "end-tag-mismatch"],
    ["a {1+} b", 1, "acorn"],
    ["x\n\n</Callout>\n", 3, "unexpected-closing-slash"],
    ["<!-- 注释 -->", 1, "unexpected-character"],
    ["正文 {", 1, "unexpected-eof"],
  ])("gives the line and rule of malformed MDX: %j", (body, line, rule) => {
    expect(analyseBody(body, ALLOWED).syntaxError).toMatchObject({ line, rule });
  });
});
