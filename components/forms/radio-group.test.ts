import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RadioGroup } from "./radio-group";

describe("RadioGroup", () => {
  it("gives the group's hint and each option's hint ids of their own (no duplicate id on /guide)", () => {
    const html = renderToStaticMarkup(
      createElement(RadioGroup, {
        id: "kind",
        name: "kind",
        legend: "您要检索哪类账号？",
        hint: "请选择一项。",
        error: "请选择账号类型。",
        options: [
          { value: "enterprise", label: "企业", hint: "统一社会信用代码" },
          { value: "personal", label: "个人", hint: "手机号" },
        ],
      }),
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["kind-hint", "kind-error", "kind", "kind-enterprise-hint", "kind-personal", "kind-personal-hint"]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every id a field points to exists.
    for (const [, refs] of html.matchAll(/aria-describedby="([^"]+)"/g)) for (const ref of refs.split(" ")) expect(ids).toContain(ref);
  });
});
