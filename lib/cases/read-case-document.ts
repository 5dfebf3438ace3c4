import "server-only";
// A reviewer reads one document of a case (issue 6 §4, §6): only a reviewer, only a document of
// that case, only after this reviewer opened the case, never after the documents were purged.
// Every outcome is audited; refusals say nothing about which check failed.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { readDocumentBytes } from "@/lib/uploads/document-store";
import { staffActor } from "@/lib/staff/staff-actor";
import { hasViewedCase, isActiveReviewer } from "./reviewer-access";

export type ReadCaseDocumentResult =
  | { ok: true; bytes: Buffer; mediaType: string; slot: string }
  | { ok: false; status: 403 | 404 };

export async function readCaseDocument(options: {
  db: Db;
  reference: string;
  documentId: string;
  staffId: number;
  client?: string | null;
  now?: Date;
}): Promise<ReadCaseDocumentResult> {
  const { db } = options;
  const actor = staffActor(options.staffId);
  const refuse = async (status: 403 | 404, reason: string): Promise<ReadCaseDocumentResult> => {
    await recordAuditEvent({
      db, type: "document.view", actor, client: options.client ?? null, result: "failure",
      detail: { reference: options.reference.slice(0, 40), reason }, now: options.now,
    });
    return { ok: false, status };
  };
  if (!(await isActiveReviewer({ db, staffId: options.staffId }))) return refuse(403, "role");
  const document = await db.caseDocument.findUnique({
    where: { id: options.documentId },
    select: { slot: true, mediaType: true, storageKey: true, case: { select: { id: true, reference: true, documentsPurgedAt: true } } },
  });
  if (!document || document.case.reference !== options.reference || document.case.documentsPurgedAt) return refuse(404, "missing");
  if (!(await hasViewedCase({ db, caseId: document.case.id, actor }))) return refuse(403, "notViewed");
  const bytes = await readDocumentBytes(document.storageKey);
  await recordAuditEvent({
    db, type: "document.view", actor, client: options.client ?? null, result: "success",
    detail: { reference: document.case.reference, slot: document.slot }, now: options.now,
  });
  return { ok: true, bytes, mediaType: document.mediaType, slot: document.slot };
}
