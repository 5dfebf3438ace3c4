import "server-only";
// Publishes the draft of a text: it becomes a new version (its last editor the author, the caller
// the publisher) and the text users see, and the draft is gone — all in one transaction. The
// caller has run the publish gate on exactly `expectedBody`; a draft changed since is refused, as
// is the draft's own last editor when CONTENT_REVIEW=required.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";
import { ContentPublishError } from "@/lib/content/content-publish-error";
import { type ContentReviewMode, publishRefusal } from "@/lib/content/publish-rules";
import type { Db } from "@/lib/db";
import type { StaffRole } from "@/lib/staff/staff-rules";
import { staffActor } from "@/lib/staff/staff-actor";
import { ensureLiveVersion } from "./ensure-live-version";
import { setLiveContent } from "./set-live-content";

export interface PublishContentOptions {
  db: Db;
  key: ContentKey;
  staff: { staffId: number; role: StaffRole };
  mode: ContentReviewMode;
  expectedBody: string;
  note?: string | null;
  client?: string | null;
}

export async function publishContentDraft(options: PublishContentOptions): Promise<{ number: number }> {
  const key = contentKeyText(options.key);
  const { staffId, role } = options.staff;
  return options.db.$transaction(async (tx) => {
    const draft = await tx.contentDraft.findUnique({ where: { key }, select: { body: true, updatedBy: true } });
    if (!draft) throw new ContentPublishError("content.noDraft");
    if (draft.body !== options.expectedBody) throw new ContentPublishError("content.draftChanged");
    const refusal = publishRefusal({ mode: options.mode, role, publisherId: staffId, draftAuthorId: draft.updatedBy });
    if (refusal) throw new ContentPublishError(`content.${refusal}`);
    const { lastNumber } = await ensureLiveVersion(tx, key);
    const number = lastNumber + 1;
    const version = await tx.contentVersion.create({
      data: { key, number, body: draft.body, kind: "edit", authorId: draft.updatedBy, publishedBy: staffId, note: options.note || null },
      select: { id: true },
    });
    await setLiveContent(tx, { key, body: draft.body, versionId: version.id, staffId });
    await tx.contentDraft.delete({ where: { key }, select: { key: true } });
    await recordAuditEvent({ db: tx, type: "content.publish", actor: staffActor(staffId), client: options.client, result: "success", detail: { key, number, author: staffActor(draft.updatedBy) } });
    return { number };
  });
}
