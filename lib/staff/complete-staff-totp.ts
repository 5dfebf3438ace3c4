import "server-only";
// Staff login, second factor: the code from the authenticator (enrolment confirms the new
// secret the same way). A code's time step is claimed with one conditional UPDATE, so the same
// code — even sent twice at once — opens one session at most. Success swaps the half-open session
// for a new full one; too many wrong codes end the half-open session.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { openText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { createStaffSession } from "./create-staff-session";
import { deleteStaffSession } from "./delete-staff-session";
import { staffActor } from "./staff-actor";
import { countStaffTotpAttempt, forgiveStaffAttempts, staffThrottleKeys } from "./staff-throttle";
import { checkTotpCode } from "./totp";
import { validateStaffSession } from "./validate-staff-session";

export type CompleteStaffTotpResult =
  | { kind: "ok"; token: string; expiresAt: Date; enrolled: boolean }
  | { kind: "invalid" }
  | { kind: "locked"; retryAfterSeconds: number }
  | { kind: "noSession" };

export async function completeStaffTotp(options: { db: Db; token: string | undefined; code: string; client: string; now?: Date }): Promise<CompleteStaffTotpResult> {
  const { db, client } = options;
  const now = options.now ?? new Date();
  const session = await validateStaffSession({ db, token: options.token, now });
  if (!session || session.stage !== "password") return { kind: "noSession" };
  const actor = staffActor(session.staffId);
  const audit = (result: "success" | "failure", reason: string) =>
    recordAuditEvent({ db, type: "staff.totp", actor, client, result, detail: { reason }, now });

  const wait = await countStaffTotpAttempt({ db, staffId: session.staffId, now });
  if (wait !== null) {
    await deleteStaffSession({ db, token: options.token });
    await audit("failure", "locked");
    return { kind: "locked", retryAfterSeconds: wait };
  }
  const staff = await db.staffAccount.findUnique({
    where: { id: session.staffId },
    select: { totpSecretEnc: true, totpConfirmedAt: true, totpLastStep: true },
  });
  if (!staff?.totpSecretEnc) return { kind: "noSession" };
  const check = await checkTotpCode({ secret: openText(staff.totpSecretEnc), code: options.code, lastStep: staff.totpLastStep, now });
  const claimed = check.ok
    ? await db.staffAccount.updateMany({
        where: { id: session.staffId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
        data: { totpLastStep: check.step, totpConfirmedAt: staff.totpConfirmedAt ?? now },
      })
    : { count: 0 };
  if (claimed.count !== 1) {
    await audit("failure", check.ok ? "replay" : "code");
    return { kind: "invalid" };
  }
  await forgiveStaffAttempts({ db, key: staffThrottleKeys.totp(session.staffId) });
  await deleteStaffSession({ db, token: options.token });
  const full = await createStaffSession({ db, staffId: session.staffId, stage: "full", client, now });
  const enrolled = staff.totpConfirmedAt === null;
  await audit("success", enrolled ? "enrolled" : "ok");
  return { kind: "ok", token: full.token, expiresAt: full.expiresAt, enrolled };
}
