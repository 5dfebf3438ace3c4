import "server-only";
// Throws away the unpublished text of a page; what users see does not change.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";
import type { Db } from "@/lib/db";
import { staffActor } from "@/lib/staff/staff-actor";

export async function discardContentDraft(options: { db: Db; key: ContentKey; staffId: number; client?: string | null }): Promise<void> {
  const key = contentKeyText(options.key);
  await options.db.$transaction(async (tx) => {
    const { count } = await tx.contentDraft.deleteMany({ where: { key } });
    if (count > 0) await recordAuditEvent({ db: tx, type: "content.discard", actor: staffActor(options.staffId), client: options.client, result: "success", detail: { key } });
  });
}
