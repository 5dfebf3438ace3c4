import "server-only";
// /recovery/set-password/<token>: the person whose appeal was approved sets the new password
// (today's policy). The grant is spent by one conditional update inside the same transaction as
// the password, so two parallel submits cannot both succeed; every session of the account ends.
import { accountActor, maskLoginName } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { newPasswordErrors } from "@/lib/accounts/registration-rules";
import type { FieldErrors } from "@/lib/accounts/schemas";
import { hashPassword } from "@/lib/passwords";
import { deleteAccountSessions } from "@/lib/sessions/delete-account-sessions";
import type { SmsProvider } from "@/lib/sms/provider";
import { smsProvider } from "@/lib/sms/sms-provider";
import { hashGrantToken, isWellFormedGrantToken } from "./grant-token";
import { passwordSetNotice } from "./sms-texts";

export type SetPasswordResult =
  | { ok: true; window: "natural" | "legal" }
  | { ok: false; reason: "invalidLink" }
  | { ok: false; reason: "policy"; fieldErrors: FieldErrors };

export async function setPasswordWithGrant(options: {
  db: Db;
  token: string;
  newPassword: string;
  newPasswordConfirm: string;
  client: string;
  provider?: SmsProvider;
  now?: Date;
}): Promise<SetPasswordResult> {
  const { db, client } = options;
  const now = options.now ?? new Date();
  if (!isWellFormedGrantToken(options.token)) return { ok: false, reason: "invalidLink" };
  const id = hashGrantToken(options.token);
  const grant = await db.passwordSetGrant.findFirst({
    where: { id, consumedAt: null, expiresAt: { gt: now } },
    select: { accountId: true, caseId: true, account: { select: { loginName: true, type: true, reservedMobile: true, uscc: true } } },
  });
  if (!grant) return { ok: false, reason: "invalidLink" };
  const { account } = grant;
  const errors = newPasswordErrors(options.newPassword, options.newPasswordConfirm, { loginName: account.loginName, mobile: account.reservedMobile, uscc: account.uscc });
  if (errors.password.length || errors.confirm.length) {
    const fieldErrors: FieldErrors = {};
    if (errors.password.length) fieldErrors.newPassword = errors.password;
    if (errors.confirm.length) fieldErrors.newPasswordConfirm = errors.confirm;
    return { ok: false, reason: "policy", fieldErrors };
  }
  const passwordHash = await hashPassword(options.newPassword);
  const spent = await db.$transaction(async (tx) => {
    const { count } = await tx.passwordSetGrant.updateMany({ where: { id, consumedAt: null, expiresAt: { gt: now } }, data: { consumedAt: now } });
    if (count !== 1) return false;
    await tx.platformAccount.update({ where: { id: grant.accountId }, data: { passwordHash, passwordChangedAt: now, weakPasswordAt: null }, select: { id: true } });
    await deleteAccountSessions({ db: tx, accountId: grant.accountId });
    await recordAuditEvent({ db: tx, type: "password.set", actor: accountActor(grant.accountId), client, result: "success", detail: { caseId: grant.caseId }, now });
    return true;
  });
  if (!spent) return { ok: false, reason: "invalidLink" };
  if (account.reservedMobile) {
    await (options.provider ?? smsProvider({ db })).send({ mobile: account.reservedMobile, purpose: "password-set-notice", ...passwordSetNotice(maskLoginName(account.loginName)) });
  }
  return { ok: true, window: account.type === "legal" ? "legal" : "natural" };
}
