// A problem found in an edited text, tied to the editor field it concerns so that the reason shows
// next to that field. Codes are stable; the words are in messages/zh-CN/content-editor.json
// (`contentEditor.problems`), looked up by `problemMessageKey`.
import type { OutcomeCode } from "@/lib/migration/outcomes";
import type { RemovalKind } from "./analyse-body";

export type ProblemCode =
  | "required"
  | "tooLong"
  | "tooManySteps"
  | "stepLinkIncomplete"
  | "unsafeHref"
  | "brokenLink"
  | "syntax"
  | "removed"
  | "sectionMissing"
  | "actionMissing"
  | "actionRepeated"
  | "actionUnused"
  | "answersIndistinct"
  | "answerUnreachable"
  | "renderFailed"
  | "renderEmpty"
  | "invalid";

export interface ContentProblem {
  /** The field: `title`, `summary`, `question`, `choices.<answer>`, `loginNameHint`, `steps.<n>.<part>`, `body`. */
  field: string;
  code: ProblemCode;
  /** The kind of a syntax error (the parser's rule) or of a removal. */
  detail?: string;
  values?: Record<string, string | number>;
}

/** What the publish gate found: errors stop even a draft; warnings stop publishing. */
export interface ContentCheck {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** The outcomes whose pages the text was rendered on (none when errors stopped the check first). */
  outcomes: OutcomeCode[];
}

const SYNTAX_RULES = ["end-tag-mismatch", "unexpected-closing-slash", "unexpected-character", "unexpected-eof", "acorn", "unexpected-lazy"];

export function problemMessageKey(problem: ContentProblem): string {
  if (problem.code === "syntax") return `syntax.${SYNTAX_RULES.includes(problem.detail ?? "") ? problem.detail : "other"}`;
  if (problem.code === "removed") return `removed.${(problem.detail ?? "tag") as RemovalKind}`;
  return problem.code;
}
