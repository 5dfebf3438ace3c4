import "server-only";
// Stores a staff edit of a step or outcome text after checking it compiles into a working page.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { staffActor } from "@/lib/staff/staff-actor";
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";
import { type ContentCheck, validateContentSource } from "@/lib/content/validate-content";

export async function saveContentOverride(options: { db: Db; key: ContentKey; body: string; staffId: number; client?: string | null }): Promise<ContentCheck> {
  // Line endings from a browser's textarea are CRLF; the shipped files are LF.
  const body = options.body.replace(/\r\n?/g, "\n");
  const check = await validateContentSource(options.key, body);
  if (!check.ok) return check;
  const key = contentKeyText(options.key);
  await options.db.$transaction(async (tx) => {
    await tx.contentOverride.upsert({ where: { key }, create: { key, body, updatedBy: options.staffId }, update: { body, updatedBy: options.staffId }, select: { key: true } });
    await recordAuditEvent({ db: tx, type: "content.edit", actor: staffActor(options.staffId), client: options.client, result: "success", detail: { key, length: body.length } });
  });
  return { ok: true };
}
