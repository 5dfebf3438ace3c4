import "server-only";
// Who may work on a case, read afresh on every call so that a changed role or a disabled account
// counts at once: only an enabled reviewer; and the documents and the decision only once this
// reviewer has opened the case (its "viewed" event).
import type { Db, DbTransaction } from "@/lib/db";

export async function isActiveReviewer(options: { db: Db | DbTransaction; staffId: number }): Promise<boolean> {
  const staff = await options.db.staffAccount.findUnique({ where: { id: options.staffId }, select: { role: true, disabledAt: true } });
  return staff !== null && staff.role === "reviewer" && staff.disabledAt === null;
}

/** `actor` is the reviewer as lib/staff/staff-actor writes them. */
export async function hasViewedCase(options: { db: Db | DbTransaction; caseId: number; actor: string }): Promise<boolean> {
  const viewed = await options.db.caseEvent.findFirst({ where: { caseId: options.caseId, kind: "viewed", actor: options.actor }, select: { id: true } });
  return viewed !== null;
}
