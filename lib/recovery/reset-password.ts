import "server-only";
// 登录名重置密码, 确定: the code, then the new password (today's policy). The code must be the one
// sent for THIS account (its challenge is sealed in the ticket together with the account id) and
// for the purpose `reset`; it is spent once. Afterwards every session of the account ends and the
// reserved mobile is told. Unknown names and wrong details end in the same answer as a wrong code.
import { accountActor, maskLoginName, maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { newPasswordErrors } from "@/lib/accounts/registration-rules";
import type { FieldErrors } from "@/lib/accounts/schemas";
import { hashPassword } from "@/lib/passwords";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { deleteAccountSessions } from "@/lib/sessions/delete-account-sessions";
import { verifySmsCode } from "@/lib/sms/codes";
import { SmsCodeError } from "@/lib/sms/errors";
import { smsProvider } from "@/lib/sms/sms-provider";
import type { SmsProvider } from "@/lib/sms/provider";
import { resetLimits } from "./limits";
import type { ResetTicket } from "./reset-ticket";
import { resetDetailsMatch } from "./reset-rules";
import { passwordResetNotice } from "./sms-texts";

export type ResetPasswordResult = { ok: true } | { ok: false; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

const CODE_REFUSED: ResetPasswordResult = { ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } };

export async function resetPassword(options: {
  db: Db;
  ticket: ResetTicket & { sent: NonNullable<ResetTicket["sent"]> };
  smsCode: string;
  newPassword: string;
  newPasswordConfirm: string;
  client: string;
  provider?: SmsProvider;
  now?: Date;
}): Promise<ResetPasswordResult> {
  const { db, ticket, client } = options;
  const { sent } = ticket;
  const now = options.now ?? new Date();
  const wait = await consumeLimits({ db, limits: resetLimits.submit(ticket.nameKey, client), now });
  if (wait !== null) return { ok: false, retryAfterSeconds: wait };

  // The policy first, so a refused password does not spend the code. Its context is what was typed,
  // identical for known and unknown names.
  const errors = newPasswordErrors(options.newPassword, options.newPasswordConfirm, { loginName: ticket.loginName, mobile: sent.mobile, uscc: sent.uscc });
  if (errors.password.length || errors.confirm.length) {
    const fieldErrors: FieldErrors = {};
    if (errors.password.length) fieldErrors.newPassword = errors.password;
    if (errors.confirm.length) fieldErrors.newPasswordConfirm = errors.confirm;
    return { ok: false, fieldErrors };
  }

  let sentTo: string;
  try {
    sentTo = await verifySmsCode({ db, challenge: sent.challenge, code: options.smsCode, purpose: "reset", now });
  } catch (error) {
    if (!(error instanceof SmsCodeError)) throw error;
    return CODE_REFUSED;
  }
  // Read again: the account may have changed since the code was sent.
  const account = await db.platformAccount.findUnique({
    where: { loginNameKey: ticket.nameKey },
    select: { id: true, type: true, loginName: true, reservedMobile: true, orgName: true, uscc: true },
  });
  if (!account || account.id !== sent.accountId || sentTo !== sent.mobile || !resetDetailsMatch(ticket.kind, account, sent)) {
    return CODE_REFUSED;
  }

  const passwordHash = await hashPassword(options.newPassword);
  await db.$transaction(async (tx) => {
    await tx.platformAccount.update({ where: { id: account.id }, data: { passwordHash, passwordChangedAt: now, weakPasswordAt: null }, select: { id: true } });
    await deleteAccountSessions({ db: tx, accountId: account.id });
    await recordAuditEvent({ db: tx, type: "password.reset", actor: accountActor(account.id), client, result: "success", detail: { kind: ticket.kind, mobile: maskMobile(sentTo) }, now });
  });
  // After the commit: a gateway cannot take a text back if the transaction failed.
  await (options.provider ?? smsProvider({ db })).send({ mobile: sentTo, purpose: "reset-notice", ...passwordResetNotice(maskLoginName(account.loginName)) });
  return { ok: true };
}
