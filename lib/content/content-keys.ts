// The texts staff may edit: every step of the guided journey and every outcome page. A key names
// one text ("steps/log-in-legal", "outcomes/E-R1"); it comes from these lists, never from raw input,
// so a key can be used in a file path.
import { OUTCOME_CODES, type OutcomeCode, isOutcomeCode } from "@/lib/migration/outcomes";
import { STEP_IDS, type StepId, isStepId } from "@/lib/wizard/steps";

/** The staff roles that may edit texts (StaffAccount.role). */
export const CONTENT_EDITOR_ROLES = ["editor", "admin"] as const;

export type ContentKey = { kind: "steps"; id: StepId } | { kind: "outcomes"; id: OutcomeCode };

export const CONTENT_KINDS = ["steps", "outcomes"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export function contentKeyText(key: ContentKey): string {
  return `${key.kind}/${key.id}`;
}

/** The key named by a URL's two segments, or null for anything that is not an editable text. */
export function parseContentKey(kind: string, id: string): ContentKey | null {
  if (kind === "steps" && isStepId(id)) return { kind, id };
  if (kind === "outcomes" && isOutcomeCode(id)) return { kind, id };
  return null;
}

export function allContentKeys(): ContentKey[] {
  return [
    ...OUTCOME_CODES.map((id): ContentKey => ({ kind: "outcomes", id })),
    ...STEP_IDS.map((id): ContentKey => ({ kind: "steps", id })),
  ];
}
