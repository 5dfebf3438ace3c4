// The rules of the editor's front matter fields (outcome-frontmatter.ts and step-frontmatter.ts
// say the same in zod; these say it per field, so that each reason shows beside its field).
import { FLOW } from "@/lib/wizard/flow";
import type { ContentKey } from "./content-keys";
import { answersOf, type ContentFields, hasLoginNameHint, MAX_OUTCOME_STEPS } from "./content-fields";
import type { ContentProblem } from "./content-problems";
import { isSafeHref } from "./remark-allow-components";

export const MAX_BODY_LENGTH = 20_000;

/** The longest each field may be, in characters (the page layouts are made for these). */
export function fieldLimits(key: ContentKey) {
  return { title: 60, summary: key.kind === "outcomes" ? 300 : 200, question: 60, choice: 80, loginNameHint: 120, stepText: 300, href: 300, linkText: 40, body: MAX_BODY_LENGTH };
}

function checkText(problems: ContentProblem[], field: string, value: string, max: number, required = true): void {
  const length = [...value.trim()].length;
  if (length === 0 && required) problems.push({ field, code: "required" });
  else if (length > max) problems.push({ field, code: "tooLong", values: { max, length } });
}

export function fieldProblems(key: ContentKey, fields: ContentFields): ContentProblem[] {
  const limits = fieldLimits(key);
  const problems: ContentProblem[] = [];
  checkText(problems, "title", fields.title, limits.title);
  checkText(problems, "summary", fields.summary, limits.summary);
  if (key.kind === "steps" && FLOW[key.id].input) {
    checkText(problems, "question", fields.question, limits.question);
    for (const answer of answersOf(key)) checkText(problems, `choices.${answer}`, fields.choices[answer] ?? "", limits.choice);
  }
  if (hasLoginNameHint(key)) checkText(problems, "loginNameHint", fields.loginNameHint, limits.loginNameHint);
  if (key.kind === "outcomes") {
    const filled = fields.steps.map((step, index) => ({ step, index })).filter(({ step }) => [step.text, step.href, step.linkText].some((v) => v.trim()));
    if (filled.length > MAX_OUTCOME_STEPS) problems.push({ field: `steps.${filled[MAX_OUTCOME_STEPS].index}.text`, code: "tooManySteps", values: { max: MAX_OUTCOME_STEPS } });
    for (const { step, index } of filled) {
      checkText(problems, `steps.${index}.text`, step.text, limits.stepText);
      const [href, linkText] = [step.href.trim(), step.linkText.trim()];
      if (href && !linkText) problems.push({ field: `steps.${index}.linkText`, code: "stepLinkIncomplete" });
      if (linkText && !href) problems.push({ field: `steps.${index}.href`, code: "stepLinkIncomplete" });
      if (href && !isSafeHref(href)) problems.push({ field: `steps.${index}.href`, code: "unsafeHref" });
      else checkText(problems, `steps.${index}.href`, href, limits.href, false);
      checkText(problems, `steps.${index}.linkText`, linkText, limits.linkText, false);
    }
  }
  checkText(problems, "body", fields.body, limits.body);
  return problems;
}
