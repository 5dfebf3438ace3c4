import "server-only";
// Retention (issue 6 §5): documents are deleted DOCUMENT_RETENTION_DAYS after their case was
// decided. The files go first, then the rows, the case's documentsPurgedAt, a history event and
// an audit record in one transaction: a run that stops half-way is simply run again (deleting a
// file twice is fine), and a document row never outlives its retention pointing at nothing.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { deleteDocumentBytes } from "@/lib/uploads/document-store";

const BATCH = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function purgeDecidedDocuments(options: { db: Db; retentionDays: number; now?: Date }): Promise<{ cases: number; documents: number }> {
  const { db } = options;
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.retentionDays * DAY_MS);
  let cases = 0;
  let documents = 0;
  for (;;) {
    const due = await db.case.findMany({
      where: { decidedAt: { lte: cutoff }, documentsPurgedAt: null },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, reference: true, documents: { select: { storageKey: true } } },
    });
    if (due.length === 0) return { cases, documents };
    for (const found of due) {
      await Promise.all(found.documents.map((document) => deleteDocumentBytes(document.storageKey)));
      await db.$transaction(async (tx) => {
        await tx.caseDocument.deleteMany({ where: { caseId: found.id } });
        await tx.case.update({ where: { id: found.id }, data: { documentsPurgedAt: now }, select: { id: true } });
        await tx.caseEvent.create({ data: { caseId: found.id, kind: "documents-purged", actor: "system", note: String(found.documents.length), at: now }, select: { id: true } });
        await recordAuditEvent({ db: tx, type: "document.purge", actor: "system", result: "success", detail: { reference: found.reference, documents: found.documents.length }, now });
      });
      cases += 1;
      documents += found.documents.length;
    }
  }
}
