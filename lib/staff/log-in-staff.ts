import "server-only";
// Staff login, first factor (issue 6 §6). Unknown names, disabled accounts and wrong passwords
// get the same answer and cost the same argon2 verification. Success opens only a half-open
// session ("password" stage): nothing but the TOTP page accepts it.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { maskLoginName } from "@/lib/audit/mask";
import type { Db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/passwords";
import { createStaffSession } from "./create-staff-session";
import { staffActor } from "./staff-actor";
import { staffNameKey } from "./staff-rules";
import { countStaffPasswordAttempt, forgiveStaffAttempts, staffThrottleKeys } from "./staff-throttle";

export type LogInStaffResult =
  | { kind: "password-ok"; token: string; expiresAt: Date; totpEnrolled: boolean }
  | { kind: "invalid" }
  | { kind: "locked"; retryAfterSeconds: number };

export async function logInStaff(options: { db: Db; name: string; password: string; client: string; now?: Date }): Promise<LogInStaffResult> {
  const { db, client } = options;
  const now = options.now ?? new Date();
  const nameKey = staffNameKey(options.name).slice(0, 64);
  const unknownActor = `staff-name:${maskLoginName(nameKey)}`;
  const fail = async (actor: string, reason: string) =>
    recordAuditEvent({ db, type: "staff.login", actor, client, result: "failure", detail: { reason }, now });

  const wait = await countStaffPasswordAttempt({ db, nameKey, client, now });
  if (wait !== null) {
    await fail(unknownActor, "locked");
    return { kind: "locked", retryAfterSeconds: wait };
  }
  const staff = await db.staffAccount.findUnique({
    where: { nameKey },
    select: { id: true, passwordHash: true, disabledAt: true, totpConfirmedAt: true },
  });
  const usable = staff !== null && staff.disabledAt === null;
  const ok = await verifyPassword(usable ? staff.passwordHash : await dummyPasswordHash(), options.password);
  if (!usable || !ok) {
    await fail(staff ? staffActor(staff.id) : unknownActor, staff?.disabledAt ? "disabled" : "credentials");
    return { kind: "invalid" };
  }
  await forgiveStaffAttempts({ db, key: staffThrottleKeys.name(nameKey) });
  const session = await createStaffSession({ db, staffId: staff.id, stage: "password", client, now });
  await recordAuditEvent({ db, type: "staff.login", actor: staffActor(staff.id), client, result: "success", detail: { stage: "password" }, now });
  return { kind: "password-ok", token: session.token, expiresAt: session.expiresAt, totpEnrolled: staff.totpConfirmedAt !== null };
}
