import { describe, expect, it } from "vitest";
import { summaryErrors, type FormState } from "./form-state";

const fields = [
  { name: "q", id: "q" },
  { name: "captcha", id: "captcha" },
] as const;

describe("summaryErrors", () => {
  it("lists field errors in field order, each linking to its field", () => {
    const state: FormState<"q" | "captcha"> = { ok: false, fieldErrors: { captcha: "人机验证没有通过", q: "请输入统一社会信用代码" } };
    expect(summaryErrors(state, [...fields])).toEqual([
      { href: "#q", message: "请输入统一社会信用代码" },
      { href: "#captcha", message: "人机验证没有通过" },
    ]);
  });

  it("is empty before the first submission, after success and for a form-level error only", () => {
    expect(summaryErrors(null, [...fields])).toEqual([]);
    expect(summaryErrors({ ok: true, data: undefined }, [...fields])).toEqual([]);
    expect(summaryErrors({ ok: false, formError: "请稍后再试" }, [...fields])).toEqual([]);
  });
});
