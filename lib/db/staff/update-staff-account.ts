import "server-only";
// An admin disables or enables a staff account, changes its role, or resets its authenticator
// (issue 13 §4), audited in the same transaction. The rule (lib/staff/staff-admin-rules.ts) is
// checked inside a serializable transaction against the admins as they are then, so two admins
// demoting each other at once cannot leave the console without one. Disabling and resetting the
// authenticator end the account's sessions at once; a reset account enrols again at its next login.
import { recordAuditEvent, type AuditEventType } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { ConsoleError } from "@/lib/staff/console-error";
import { checkStaffChange, type StaffChange } from "@/lib/staff/staff-admin-rules";
import { staffActor } from "@/lib/staff/staff-actor";

const AUDIT_TYPE: Record<StaffChange["kind"], AuditEventType> = { disable: "staff.disable", enable: "staff.enable", role: "staff.role", resetTotp: "staff.totpReset" };

export async function updateStaffAccount(options: { db: Db; targetId: number; change: StaffChange; actorId: number; client?: string | null; now?: Date }): Promise<void> {
  const { db, targetId, change, actorId } = options;
  const now = options.now ?? new Date();
  await db.$transaction(
    async (tx) => {
      const target = await tx.staffAccount.findUnique({ where: { id: targetId }, select: { id: true, role: true, disabledAt: true } });
      if (!target) throw new ConsoleError("staff.notFound", "no such staff account");
      const enabledAdmins = await tx.staffAccount.count({ where: { role: "admin", disabledAt: null } });
      const refusal = checkStaffChange({ actorId, target: { id: target.id, role: target.role, disabled: target.disabledAt !== null }, change, enabledAdmins });
      if (refusal) throw new ConsoleError(refusal === "self" ? "staff.self" : "staff.lastAdmin", `refused: ${refusal}`);
      const data =
        change.kind === "disable" ? { disabledAt: target.disabledAt ?? now }
        : change.kind === "enable" ? { disabledAt: null }
        : change.kind === "role" ? { role: change.role }
        : { totpSecretEnc: null, totpConfirmedAt: null, totpLastStep: null };
      await tx.staffAccount.update({ where: { id: targetId }, data, select: { id: true } });
      if (change.kind === "disable" || change.kind === "resetTotp") await tx.staffSession.deleteMany({ where: { staffId: targetId } });
      await recordAuditEvent({
        db: tx, type: AUDIT_TYPE[change.kind], actor: staffActor(actorId), client: options.client ?? null, result: "success",
        detail: { staff: staffActor(targetId), ...(change.kind === "role" ? { from: target.role, to: change.role } : {}) }, now,
      });
    },
    { isolationLevel: "Serializable", maxWait: 10_000, timeout: 20_000 },
  );
}
