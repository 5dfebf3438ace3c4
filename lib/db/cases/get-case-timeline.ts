import "server-only";
// The whole history of one case (lib/cases/case-timeline.ts): its status events, the audit events
// naming its reference since it was opened, and the names of the staff involved.
import { CASE_AUDIT_TYPES, mergeCaseTimeline, staffIdOf, type TimelineEntry } from "@/lib/cases/case-timeline";
import type { Db } from "@/lib/db";

/** Enough for any real case; a case viewed more often than this shows its newest events. */
const MAX_AUDIT_EVENTS = 500;

export async function getCaseTimeline(options: { db: Db; reference: string }): Promise<TimelineEntry[] | null> {
  const { db } = options;
  const found = await db.case.findUnique({ where: { reference: options.reference }, select: { id: true, createdAt: true } });
  if (!found) return null;
  const [events, audits] = await Promise.all([
    db.caseEvent.findMany({ where: { caseId: found.id }, select: { id: true, at: true, kind: true, actor: true, note: true } }),
    // The (type, at) index serves this: a few types, from the day the case was opened.
    db.auditEvent.findMany({
      where: {
        type: { in: [...CASE_AUDIT_TYPES] },
        at: { gte: new Date(found.createdAt.getTime() - 60_000) },
        detail: { contains: JSON.stringify({ reference: options.reference }).slice(1, -1) },
      },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: MAX_AUDIT_EVENTS,
      select: { id: true, at: true, type: true, actor: true, result: true, detail: true },
    }),
  ]);
  const staffIds = [...new Set([...events.map((e) => e.actor), ...audits.map((a) => a.actor)].map(staffIdOf).filter((id): id is number => id !== null))];
  const staff = await db.staffAccount.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } });
  return mergeCaseTimeline(events, audits, new Map(staff.map((s) => [s.id, s.name])));
}
