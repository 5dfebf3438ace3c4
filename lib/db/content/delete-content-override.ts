import "server-only";
// Goes back to the shipped text of a step or outcome page.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { staffActor } from "@/lib/staff/staff-actor";
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";

export async function deleteContentOverride(options: { db: Db; key: ContentKey; staffId: number; client?: string | null }): Promise<void> {
  const key = contentKeyText(options.key);
  await options.db.$transaction(async (tx) => {
    const { count } = await tx.contentOverride.deleteMany({ where: { key } });
    if (count > 0) await recordAuditEvent({ db: tx, type: "content.revert", actor: staffActor(options.staffId), client: options.client, result: "success", detail: { key } });
  });
}
