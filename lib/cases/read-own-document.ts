import "server-only";
// The owner of an account reads a document of their own verification case (issue 6 §4): nobody
// else, nothing of an appeal that names the account (someone else may have sent it), nothing
// after the purge. A refusal looks the same whatever the reason (the route answers 404).
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { readDocumentBytes } from "@/lib/uploads/document-store";

export type ReadOwnDocumentResult = { ok: true; bytes: Buffer; mediaType: string; slot: string } | { ok: false };

export async function readOwnDocument(options: { db: Db; accountId: number; documentId: string; client?: string | null }): Promise<ReadOwnDocumentResult> {
  const { db, accountId } = options;
  const audit = (result: "success" | "failure", detail: Record<string, string>) =>
    recordAuditEvent({ db, type: "document.view", actor: accountActor(accountId), client: options.client ?? null, result, detail });
  const document = /^[A-Za-z0-9_-]{10,64}$/.test(options.documentId)
    ? await db.caseDocument.findUnique({
        where: { id: options.documentId },
        select: { slot: true, mediaType: true, storageKey: true, case: { select: { reference: true, accountId: true, type: true, documentsPurgedAt: true } } },
      })
    : null;
  const own = document && document.case.accountId === accountId && document.case.type.startsWith("verification-") && !document.case.documentsPurgedAt;
  if (!document || !own) {
    await audit("failure", { reason: "notOwnDocument" });
    return { ok: false };
  }
  let bytes: Buffer;
  try {
    bytes = await readDocumentBytes(document.storageKey);
  } catch (error) {
    // Purged a moment ago: the file went first (purge-decided-documents.ts).
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return { ok: false };
  }
  await audit("success", { reference: document.case.reference, slot: document.slot });
  return { ok: true, bytes, mediaType: document.mediaType, slot: document.slot };
}
