// The words for a problem of the publish gate, in the editor's language: the field named as the
// form labels it, the line kept for the body. `t` is the `contentEditor` translator.
import { type ContentProblem, problemMessageKey } from "@/lib/content/content-problems";

export type ContentTranslator = (key: string, values?: Record<string, string | number>) => string;

/** The field as a person would name it: "标题", "第 2 步的链接地址", "第 1 个选项的文字" (answers in the flow's order). */
export function fieldName(t: ContentTranslator, field: string, answers: readonly string[] = []): string {
  const [name, part, detail] = field.split(".");
  if (name === "choices") return t("fieldNames.choice", { number: answers.indexOf(part) + 1 });
  if (name === "steps") {
    const number = Number(part) + 1;
    return t(detail === "href" ? "fieldNames.stepHref" : detail === "linkText" ? "fieldNames.stepLinkText" : "fieldNames.stepText", { number });
  }
  return t(`fieldNames.${name}`);
}

export function problemWords(t: ContentTranslator, problem: ContentProblem, answers: readonly string[] = []): string {
  const values = problem.values ?? {};
  const field = fieldName(t, problem.field, answers);
  const where = problem.field === "body" && values.line !== undefined ? t("problems.where.body", { line: values.line }) : field;
  return t(`problems.${problemMessageKey(problem)}`, { field, where, name: "", url: "", other: "", heading: "", line: "", column: "", max: "", length: "", outcome: "", ...values });
}

/** The element id of a field's control in the editor form. */
export function fieldControlId(field: string): string {
  return `content-${field.replace(/\./g, "-")}`;
}
