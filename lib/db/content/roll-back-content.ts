import "server-only";
// Puts an earlier version of a text back in front of users, or the shipped file (`toNumber: null`).
// A rollback is itself a new version (kind rollback or revert-to-file), so the history only grows.
// It republishes a text that was published before, so it goes live at once even when
// CONTENT_REVIEW=required; the caller has run the publish gate on that text.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";
import { ContentPublishError } from "@/lib/content/content-publish-error";
import { rollbackNote } from "@/lib/content/version-kinds";
import type { Db } from "@/lib/db";
import { staffActor } from "@/lib/staff/staff-actor";
import { ensureLiveVersion } from "./ensure-live-version";
import { setLiveContent } from "./set-live-content";

export async function rollBackContent(options: { db: Db; key: ContentKey; toNumber: number | null; staffId: number; client?: string | null }): Promise<{ number: number }> {
  const key = contentKeyText(options.key);
  const { staffId, toNumber } = options;
  return options.db.$transaction(async (tx) => {
    const target = toNumber === null ? { body: null } : await tx.contentVersion.findUnique({ where: { key_number: { key, number: toNumber } }, select: { body: true } });
    if (!target) throw new ContentPublishError("content.versionNotFound");
    const live = await ensureLiveVersion(tx, key);
    if (live.body === target.body) throw new ContentPublishError("content.alreadyCurrent");
    const number = live.lastNumber + 1;
    const version = await tx.contentVersion.create({
      data: { key, number, body: target.body, kind: target.body === null ? "revert-to-file" : "rollback", authorId: staffId, publishedBy: staffId, note: toNumber === null ? null : rollbackNote(toNumber) },
      select: { id: true },
    });
    await setLiveContent(tx, { key, body: target.body, versionId: version.id, staffId });
    await recordAuditEvent({ db: tx, type: "content.rollback", actor: staffActor(staffId), client: options.client, result: "success", detail: { key, number, to: toNumber ?? "file" } });
    return { number };
  });
}
