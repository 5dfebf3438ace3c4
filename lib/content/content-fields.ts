// The editor's fields of one text: the front matter as separate fields (title, summary, a step's
// question and answer labels, an outcome's login-name hint and ordered steps) and the MDX body.
// Pure: the page fills the form from a source with `fieldsFromSource`, the action turns the posted
// fields back into a source with `sourceFromFields`.
import { WINDOW_BY_OUTCOME } from "@/lib/migration/outcomes";
import { FLOW } from "@/lib/wizard/flow";
import type { ContentKey } from "./content-keys";
import { type FrontmatterValue, joinSource, splitSource } from "./source-parts";

/** At most this many steps on an outcome page (outcome-frontmatter.ts). */
export const MAX_OUTCOME_STEPS = 12;

export interface OutcomeStepFields {
  text: string;
  href: string;
  linkText: string;
}

export interface ContentFields {
  title: string;
  summary: string;
  /** Steps that ask a question: its wording and the label of each of the flow's answers. */
  question: string;
  choices: Record<string, string>;
  /** Outcomes with a login window: the login name in words, for the public page. */
  loginNameHint: string;
  /** Outcomes: the ordered next steps. */
  steps: OutcomeStepFields[];
  body: string;
}

/** The answers a step's question offers (flow.ts decides them; the content only labels them). */
export function answersOf(key: ContentKey): readonly string[] {
  return key.kind === "steps" ? (FLOW[key.id].input?.options ?? []) : [];
}

export function hasLoginNameHint(key: ContentKey): boolean {
  return key.kind === "outcomes" && WINDOW_BY_OUTCOME[key.id] !== null;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function stepFields(value: unknown): OutcomeStepFields {
  if (typeof value === "string") return { text: value, href: "", linkText: "" };
  const step = record(value);
  return { text: text(step.text), href: text(step.href), linkText: text(step.linkText) };
}

export function fieldsFromSource(key: ContentKey, source: string): ContentFields {
  const { frontmatter, body } = splitSource(source);
  const matter = record(frontmatter);
  const choices = record(matter.choices);
  return {
    title: text(matter.title),
    summary: text(matter.summary),
    question: text(matter.question),
    choices: Object.fromEntries(answersOf(key).map((answer) => [answer, text(choices[answer])])),
    loginNameHint: text(matter.loginNameHint),
    steps: Array.isArray(matter.steps) ? matter.steps.map(stepFields) : [],
    body,
  };
}

/** A step with a link is an object; a step of words only is a plain string, as the shipped files write it. */
function stepValue(step: OutcomeStepFields): FrontmatterValue {
  const [words, href, linkText] = [step.text.trim(), step.href.trim(), step.linkText.trim()];
  return href || linkText ? { text: words, href, linkText } : words;
}

const isFilled = (step: OutcomeStepFields) => [step.text, step.href, step.linkText].some((value) => value.trim() !== "");

export function sourceFromFields(key: ContentKey, fields: ContentFields): string {
  const matter: Record<string, FrontmatterValue> = { title: fields.title.trim(), summary: fields.summary.trim() };
  if (key.kind === "steps") {
    const answers = answersOf(key);
    if (answers.length > 0) {
      matter.question = fields.question.trim();
      matter.choices = Object.fromEntries(answers.map((answer) => [answer, (fields.choices[answer] ?? "").trim()]));
    }
  } else {
    matter.window = WINDOW_BY_OUTCOME[key.id];
    if (hasLoginNameHint(key)) matter.loginNameHint = fields.loginNameHint.trim();
    const steps = fields.steps.filter(isFilled).map(stepValue);
    if (steps.length > 0) matter.steps = steps;
  }
  return joinSource(matter, fields.body);
}
