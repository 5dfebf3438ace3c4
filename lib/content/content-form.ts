// The editor form as posted: zod checks its shape (known names, strings of bounded length) before
// anything else reads it; `fieldsFromForm` then gathers the fields of one text. Input names are
// the problem field names (`title`, `choices.ok`, `steps.0.href`, `body`), so a reason found for a
// field lands beside the control of that name.
import { z } from "zod";
import type { ContentKey } from "./content-keys";
import { answersOf, type ContentFields, MAX_OUTCOME_STEPS, type OutcomeStepFields } from "./content-fields";
import { MAX_BODY_LENGTH } from "./field-rules";

export const CONTENT_INTENTS = ["draft", "submit", "publish"] as const;
export type ContentIntent = (typeof CONTENT_INTENTS)[number];

// Room above each rule's limit, so that an over-long field gets the rule's words, not zod's.
const line = z.string().max(2_000);
const stepNames = /^steps\.(\d{1,2})\.(text|href|linkText)$/;
const choiceNames = /^choices\.([a-z-]{1,40})$/;

const knownFields = z.object({
  kind: z.string().max(20),
  id: z.string().max(40),
  intent: z.enum(CONTENT_INTENTS),
  title: line.default(""),
  summary: line.default(""),
  question: line.default(""),
  loginNameHint: line.default(""),
  body: z.string().max(MAX_BODY_LENGTH * 2).default(""),
  note: z.string().max(200).default(""),
});

export const contentFormSchema = knownFields
  .catchall(line)
  .refine((form) => Object.keys(form).every((name) => name in knownFields.shape || stepNames.test(name) || choiceNames.test(name)), {
    message: "unknown field",
  });
export type ContentFormInput = z.infer<typeof contentFormSchema>;

export function fieldsFromForm(key: ContentKey, form: Record<string, string>): ContentFields {
  const steps: OutcomeStepFields[] = [];
  for (const [name, value] of Object.entries(form)) {
    const match = stepNames.exec(name);
    if (!match || Number(match[1]) > MAX_OUTCOME_STEPS) continue;
    const index = Number(match[1]);
    steps[index] ??= { text: "", href: "", linkText: "" };
    steps[index][match[2] as keyof OutcomeStepFields] = value;
  }
  return {
    title: form.title ?? "",
    summary: form.summary ?? "",
    question: form.question ?? "",
    choices: Object.fromEntries(answersOf(key).map((answer) => [answer, form[`choices.${answer}`] ?? ""])),
    loginNameHint: form.loginNameHint ?? "",
    steps: Array.from(steps, (step) => step ?? { text: "", href: "", linkText: "" }),
    body: form.body ?? "",
  };
}

/** The form's values for a text (the inverse of `fieldsFromForm`), to fill the form. */
export function formValues(fields: ContentFields): Record<string, string> {
  const values: Record<string, string> = { title: fields.title, summary: fields.summary, question: fields.question, loginNameHint: fields.loginNameHint, body: fields.body };
  for (const [answer, label] of Object.entries(fields.choices)) values[`choices.${answer}`] = label;
  fields.steps.forEach((step, index) => {
    values[`steps.${index}.text`] = step.text;
    values[`steps.${index}.href`] = step.href;
    values[`steps.${index}.linkText`] = step.linkText;
  });
  return values;
}
