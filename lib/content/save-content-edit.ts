import "server-only";
// One post of the editor form: the gate first (errors refuse even a draft), then the draft is kept
// under the poster's name; to publish, the gate's warnings must be empty too and the draft is
// published (four eyes inside the transaction). The staff action is a thin adapter over this.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { getContentDraft } from "@/lib/db/content/get-content-draft";
import { publishContentDraft } from "@/lib/db/content/publish-content-draft";
import { saveContentDraft } from "@/lib/db/content/save-content-draft";
import { staffActor } from "@/lib/staff/staff-actor";
import type { StaffRole } from "@/lib/staff/staff-rules";
import { checkContent } from "./check-content";
import type { GateRenderer } from "./check-renderings";
import { readContentText } from "./content-file";
import type { ContentIntent } from "./content-form";
import { type ContentKey, contentKeyText } from "./content-keys";
import { type ContentFields, sourceFromFields } from "./content-fields";
import type { ContentProblem } from "./content-problems";
import { ContentPublishError } from "./content-publish-error";
import type { ContentReviewMode } from "./publish-rules";
import { isSameText } from "./source-parts";

export interface ContentEditOptions {
  db: Db;
  key: ContentKey;
  fields: ContentFields;
  intent: ContentIntent;
  staff: { staffId: number; role: StaffRole };
  mode: ContentReviewMode;
  note?: string;
  client?: string | null;
  /** Draws the pages the gate renders the text on (components/staff-content/gate-renderer). */
  renderer: GateRenderer;
}

export type ContentEditResult =
  | { status: "refused"; stage: "draft" | "publish"; problems: ContentProblem[] }
  | { status: "saved"; submitted: boolean }
  | { status: "published"; number: number };

export async function saveContentEdit(options: ContentEditOptions): Promise<ContentEditResult> {
  const { db, key, intent, staff } = options;
  const check = await checkContent(key, options.fields, options.renderer);
  if (check.errors.length > 0) return { status: "refused", stage: "draft", problems: check.errors };
  const source = sourceFromFields(key, options.fields);
  if (intent !== "publish") {
    await saveContentDraft({ db, key, body: source, staffId: staff.staffId, submit: intent === "submit", client: options.client });
    return { status: "saved", submitted: intent === "submit" };
  }
  if (check.warnings.length > 0) {
    await auditRefusal(options, "gate");
    return { status: "refused", stage: "publish", problems: check.warnings };
  }
  const draft = await getContentDraft({ db, key });
  if (!draft && isSameText(source, await readContentText({ db, key }))) throw new ContentPublishError("content.nothingToPublish");
  // What is published is what was checked: a changed text is first kept as this person's draft.
  if (draft?.body !== source) await saveContentDraft({ db, key, body: source, staffId: staff.staffId, client: options.client });
  try {
    const { number } = await publishContentDraft({ db, key, staff, mode: options.mode, expectedBody: source, note: options.note, client: options.client });
    return { status: "published", number };
  } catch (error) {
    if (error instanceof ContentPublishError) await auditRefusal(options, error.code);
    throw error;
  }
}

/** A refused publish is recorded too: who tried, which text, and why (a code, never the text). */
async function auditRefusal(options: ContentEditOptions, reason: string): Promise<void> {
  await recordAuditEvent({
    db: options.db,
    type: "content.publish",
    actor: staffActor(options.staff.staffId),
    client: options.client,
    result: "failure",
    detail: { key: contentKeyText(options.key), reason },
  });
}
