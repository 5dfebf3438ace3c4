import "server-only";
// Changing the reserved mobile (issue 5 §4): the current password, and an SMS code sent to the
// new number (purpose `change-mobile`), so nobody can point recovery at a number they don't hold.
import { accountActor, maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { checkCurrentPassword } from "./check-current-password";
import type { FieldErrors } from "./schemas";

export type ChangeMobileResult = { ok: true } | { ok: false; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

export async function changeMobile(options: {
  db: Db;
  accountId: number;
  newMobile: string;
  currentPassword: string;
  /** Spends the SMS code sent to the new mobile. */
  confirmMobile: () => Promise<boolean>;
  client: string;
  now?: Date;
}): Promise<ChangeMobileResult> {
  const { db, accountId, client } = options;
  const now = options.now ?? new Date();
  const current = await checkCurrentPassword({ db, accountId, password: options.currentPassword, now });
  if (current.kind === "locked") return { ok: false, retryAfterSeconds: current.retryAfterSeconds };
  if (current.kind === "wrong") {
    await recordAuditEvent({ db, type: "mobile.change", actor: accountActor(accountId), client, result: "failure", detail: { reason: "currentPassword" }, now });
    return { ok: false, fieldErrors: { currentPassword: ["fieldErrors.passwordWrong"] } };
  }
  if (current.account.reservedMobile === options.newMobile) return { ok: false, fieldErrors: { newMobile: ["fieldErrors.mobileSame"] } };
  if (!(await options.confirmMobile())) return { ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } };
  await db.platformAccount.update({ where: { id: accountId }, data: { reservedMobile: options.newMobile }, select: { id: true } });
  await recordAuditEvent({
    db,
    type: "mobile.change",
    actor: accountActor(accountId),
    client,
    result: "success",
    detail: { from: current.account.reservedMobile ? maskMobile(current.account.reservedMobile) : null, to: maskMobile(options.newMobile) },
    now,
  });
  return { ok: true };
}
