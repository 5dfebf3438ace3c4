import "server-only";
// Staff revoke an authorisation or change its validity (issue 13 §4). A revoked row stays (it is
// the history; decideServiceAccess never counts it) and cannot be changed until granted again.
// Each change records who and why on the row and in the audit trail, in one transaction.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { ConsoleError } from "@/lib/staff/console-error";
import { staffActor } from "@/lib/staff/staff-actor";

interface ChangeBase {
  db: Db;
  id: number;
  note: string;
  staffId: number;
  client?: string | null;
  now?: Date;
}

export type ChangeAuthorisationOptions = ChangeBase & ({ change: "revoke" } | { change: "dates"; validFrom: Date; validTo: Date | null });

export async function changeAuthorisation(options: ChangeAuthorisationOptions): Promise<void> {
  const { db, id, staffId } = options;
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const data =
      options.change === "revoke"
        ? { revokedAt: now, staffId, note: options.note }
        : { validFrom: options.validFrom, validTo: options.validTo, staffId, note: options.note };
    // Conditional on "not revoked": two staff at once end with one change and one refusal.
    const updated = await tx.orgAuthorisation.updateMany({ where: { id, revokedAt: null }, data });
    if (updated.count !== 1) {
      const exists = await tx.orgAuthorisation.findUnique({ where: { id }, select: { id: true } });
      throw exists ? new ConsoleError("authorisation.revoked", "the authorisation was revoked") : new ConsoleError("authorisation.notFound", "no such authorisation");
    }
    await recordAuditEvent({
      db: tx, type: options.change === "revoke" ? "authorisation.revoke" : "authorisation.change", actor: staffActor(staffId), client: options.client ?? null, result: "success",
      detail: options.change === "revoke" ? { authorisation: id } : { authorisation: id, validFrom: options.validFrom.toISOString(), validTo: options.validTo?.toISOString() ?? null }, now,
    });
  });
}
