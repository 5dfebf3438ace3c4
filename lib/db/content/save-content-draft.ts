import "server-only";
// Keeps an editor's unpublished text of a page (one draft per text; the last editor is its author
// for the four-eyes rule). `submit` marks it as waiting for a second editor (CONTENT_REVIEW=required);
// any later edit clears that mark. The caller has checked that the text compiles.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";
import type { Db } from "@/lib/db";
import { staffActor } from "@/lib/staff/staff-actor";

export async function saveContentDraft(options: { db: Db; key: ContentKey; body: string; staffId: number; submit?: boolean; client?: string | null }): Promise<void> {
  const key = contentKeyText(options.key);
  const submittedAt = options.submit ? new Date() : null;
  await options.db.$transaction(async (tx) => {
    const live = await tx.contentOverride.findUnique({ where: { key }, select: { versionId: true } });
    await tx.contentDraft.upsert({
      where: { key },
      create: { key, body: options.body, updatedBy: options.staffId, baseVersionId: live?.versionId ?? null, submittedAt },
      update: { body: options.body, updatedBy: options.staffId, submittedAt },
      select: { key: true },
    });
    await recordAuditEvent({
      db: tx,
      type: options.submit ? "content.submit" : "content.draft",
      actor: staffActor(options.staffId),
      client: options.client,
      result: "success",
      detail: { key, length: options.body.length },
    });
  });
}
