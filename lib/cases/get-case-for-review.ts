import "server-only";
// A reviewer opens a case (issue 6 §6): the details unsealed and masked, the document list, the
// status history. Opening is recorded: a CaseEvent "viewed" the first time this reviewer opens
// it (the documents unlock for them from then on; the history is not flooded by reloads) and an
// audit "case.view" every time.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { staffActor } from "@/lib/staff/staff-actor";
import { DOCUMENT_SLOTS } from "@/lib/uploads/upload-rules";
import { CaseError } from "./case-errors";
import { openCaseDetails } from "./case-details";
import { reviewDetailRows, type ReviewDetailRow } from "./review-masks";
import { hasViewedCase, isActiveReviewer } from "./reviewer-access";

export interface CaseForReview {
  reference: string;
  type: string;
  status: string;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  reviewerName: string | null;
  /** null when the sealed details could not be opened. */
  details: ReviewDetailRow[] | null;
  documents: { id: string; slot: string; mediaType: string; size: number }[];
  documentsPurged: boolean;
  /** Oldest first; actor is "applicant", a staff member's name, or "staff". */
  events: { at: Date; kind: string; actor: string; note: string | null }[];
}

/** Documents of one upload share a time: show them in the form's order (front before back). */
function sortBySlot<T extends { slot: string }>(documents: T[]): T[] {
  const rank = (slot: string) => {
    const index = (DOCUMENT_SLOTS as readonly string[]).indexOf(slot);
    return index === -1 ? DOCUMENT_SLOTS.length : index;
  };
  return [...documents].sort((a, b) => rank(a.slot) - rank(b.slot));
}

export async function getCaseForReview(options: { db: Db; reference: string; staffId: number; client?: string | null; now?: Date }): Promise<CaseForReview | null> {
  const { db, staffId } = options;
  const now = options.now ?? new Date();
  const actor = staffActor(staffId);
  if (!(await isActiveReviewer({ db, staffId }))) throw new CaseError("case.notReviewer", "only a reviewer opens cases");
  const found = await db.case.findUnique({
    where: { reference: options.reference },
    select: {
      id: true, reference: true, type: true, status: true, createdAt: true, decidedAt: true, decisionReason: true,
      detailsEnc: true, documentsPurgedAt: true,
      reviewer: { select: { name: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, slot: true, mediaType: true, size: true } },
    },
  });
  if (!found) return null;

  if (!(await hasViewedCase({ db, caseId: found.id, actor }))) await db.caseEvent.create({ data: { caseId: found.id, kind: "viewed", actor, at: now }, select: { id: true } });
  await recordAuditEvent({ db, type: "case.view", actor, client: options.client ?? null, result: "success", detail: { reference: found.reference }, now });

  const events = await db.caseEvent.findMany({ where: { caseId: found.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { at: true, kind: true, actor: true, note: true } });
  const staffIds = [...new Set(events.map((e) => /^staff:(\d+)$/.exec(e.actor)?.[1]).filter((id): id is string => Boolean(id)).map(Number))];
  const names = new Map(
    (await db.staffAccount.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })).map((s) => [staffActor(s.id), s.name]),
  );
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
    documents: found.documentsPurgedAt ? [] : sortBySlot(found.documents),
    documentsPurged: found.documentsPurgedAt !== null,
    events: events.map((e) => ({ ...e, actor: e.actor === "applicant" ? "applicant" : (names.get(e.actor) ?? "staff") })),
  };
}
