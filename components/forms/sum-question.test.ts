// The no-JavaScript captcha's question reads in the visitor's language, from the catalogues: the
// challenge carries only the numbers and the operator. Chinese keeps its digits (the hint asks for
// digits, and the sum reads as before); English spells the numbers out.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";
import { sumQuestion } from "./sum-question";

function translatorFor(locale: "zh-CN" | "en") {
  const errors: string[] = [];
  const t = createTranslator({ locale, messages: locale === "en" ? en : zhCN, namespace: "captchaSum", onError: (error) => errors.push(error.message) });
  return { errors, translate: (key: string, values?: Record<string, string>) => t(key as never, values as never) };
}

describe("sumQuestion", () => {
  it("asks in Chinese with digits", () => {
    const { translate, errors } = translatorFor("zh-CN");
    expect(sumQuestion(translate, { a: 3, b: 4, operator: "plus" })).toBe("3 加 4 等于几？");
    expect(sumQuestion(translate, { a: 9, b: 1, operator: "minus" })).toBe("9 减 1 等于几？");
    expect(errors).toEqual([]);
  });

  it("asks in English with the numbers in words", () => {
    const { translate, errors } = translatorFor("en");
    expect(sumQuestion(translate, { a: 3, b: 4, operator: "plus" })).toBe("What is three plus four?");
    expect(sumQuestion(translate, { a: 9, b: 1, operator: "minus" })).toBe("What is nine minus one?");
    expect(errors).toEqual([]);
  });

  it("has words for every number a question can hold, in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const { translate, errors } = translatorFor(locale);
      for (let n = 1; n <= 9; n += 1) expect(sumQuestion(translate, { a: n, b: n, operator: "minus" })).not.toMatch(/captchaSum|numbers\./);
      expect(errors).toEqual([]);
    }
  });
});
