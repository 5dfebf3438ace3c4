// The no-JavaScript captcha's sum in the visitor's language. The challenge carries numbers and an
// operator only, so the words (and the sentence around them) come from the catalogues like every
// other string: "3 加 4 等于几？" in Chinese, "What is three plus four?" in English.
import type { ArithmeticOperator } from "@/lib/captcha/arithmetic";

export interface SumTerms {
  a: number;
  b: number;
  operator: ArithmeticOperator;
}

/** A translator bound to the `captchaSum` namespace. */
export type SumTranslate = (key: string, values?: Record<string, string>) => string;

export function sumQuestion(t: SumTranslate, { a, b, operator }: SumTerms): string {
  return t("question", { a: t(`numbers.${a}`), operator: t(`operators.${operator}`), b: t(`numbers.${b}`) });
}
