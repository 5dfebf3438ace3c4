import "server-only";
// Changing the password (issue 5 §4): the current password first, today's policy for the new
// one, then every other session of the account ends (a thief's session included).
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { deleteAccountSessions } from "@/lib/sessions/delete-account-sessions";
import { checkCurrentPassword } from "./check-current-password";
import { newPasswordErrors } from "./registration-rules";
import type { FieldErrors } from "./schemas";

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

export async function changePassword(options: {
  db: Db;
  accountId: number;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
  client: string;
  now?: Date;
}): Promise<ChangePasswordResult> {
  const { db, accountId, client } = options;
  const now = options.now ?? new Date();
  const current = await checkCurrentPassword({ db, accountId, password: options.currentPassword, now });
  if (current.kind === "locked") return { ok: false, retryAfterSeconds: current.retryAfterSeconds };
  if (current.kind === "wrong") {
    await recordAuditEvent({ db, type: "password.change", actor: accountActor(accountId), client, result: "failure", detail: { reason: "currentPassword" }, now });
    return { ok: false, fieldErrors: { currentPassword: ["fieldErrors.passwordWrong"] } };
  }
  const errors = newPasswordErrors(options.newPassword, options.newPasswordConfirm, {
    loginName: current.account.loginName,
    mobile: current.account.reservedMobile,
    uscc: current.account.uscc,
  });
  if (errors.password.length || errors.confirm.length) {
    const fieldErrors: FieldErrors = {};
    if (errors.password.length) fieldErrors.newPassword = errors.password;
    if (errors.confirm.length) fieldErrors.newPasswordConfirm = errors.confirm;
    return { ok: false, fieldErrors };
  }
  await db.platformAccount.update({
    where: { id: accountId },
    data: { passwordHash: await hashPassword(options.newPassword), passwordChangedAt: now },
    select: { id: true },
  });
  await deleteAccountSessions({ db, accountId, exceptSessionId: options.sessionId });
  await recordAuditEvent({ db, type: "password.change", actor: accountActor(accountId), client, result: "success", now });
  return { ok: true };
}
