import "server-only";
// A case as staff who do not decide cases (admins, lib/staff/staff-access.ts) read it: the summary
// and the submitted details, masked exactly as a reviewer sees them, without the documents. The
// view is audited like a reviewer's (`case.view`), but records no "viewed" status event: that
// event is what unlocks documents and decisions for a reviewer.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { openCaseDetails } from "@/lib/cases/case-details";
import { reviewDetailRows, type ReviewDetailRow } from "@/lib/cases/review-masks";
import type { Db } from "@/lib/db";
import { staffActor } from "@/lib/staff/staff-actor";

export interface CaseOverview {
  reference: string;
  type: string;
  status: string;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  reviewerName: string | null;
  details: ReviewDetailRow[] | null;
  documentCount: number;
  documentsPurged: boolean;
}

export async function getCaseOverview(options: { db: Db; reference: string; staffId: number; client?: string | null; now?: Date }): Promise<CaseOverview | null> {
  const { db } = options;
  const found = await db.case.findUnique({
    where: { reference: options.reference },
    select: {
      reference: true, type: true, status: true, createdAt: true, decidedAt: true, decisionReason: true, detailsEnc: true, documentsPurgedAt: true,
      reviewer: { select: { name: true } },
      _count: { select: { documents: true } },
    },
  });
  if (!found) return null;
  await recordAuditEvent({ db, type: "case.view", actor: staffActor(options.staffId), client: options.client ?? null, result: "success", detail: { reference: found.reference, mode: "read" }, now: options.now });
  const details = openCaseDetails(found.detailsEnc);
  return {
    reference: found.reference,
    type: found.type,
    status: found.status,
    createdAt: found.createdAt,
    decidedAt: found.decidedAt,
    decisionReason: found.decisionReason,
    reviewerName: found.reviewer?.name ?? null,
    details: details === null ? null : reviewDetailRows(details),
    documentCount: found.documentsPurgedAt ? 0 : found._count.documents,
    documentsPurged: found.documentsPurgedAt !== null,
  };
}
