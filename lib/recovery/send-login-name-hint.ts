import "server-only";
// The E-R4 hint (“如想知道法人账号用户名及密码，请通过忘记密码功能获取相关联系人信息”): from a USCC, the
// legal account's login name and reserved mobile, both masked on the page; the full login name goes
// by SMS to that reserved mobile only. A USCC is public and the lookup already tells whether a legal
// account exists, so "none found" may be said; the limits stop harvesting and SMS flooding.
import { accountActor, maskLoginName, maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { smsProvider } from "@/lib/sms/sms-provider";
import type { SmsProvider } from "@/lib/sms/provider";
import { hintLimits } from "./limits";
import { loginNameHint } from "./sms-texts";

export type LoginNameHintResult =
  | { ok: true; found: false }
  | { ok: true; found: true; maskedLoginName: string; maskedMobile: string | null; smsSent: boolean }
  | { ok: false; retryAfterSeconds: number };

export async function sendLoginNameHint(options: { db: Db; uscc: string; client: string; provider?: SmsProvider; now?: Date }): Promise<LoginNameHintResult> {
  const { db, uscc, client } = options;
  const now = options.now ?? new Date();
  const wait = await consumeLimits({ db, limits: hintLimits.ask(client), now });
  if (wait !== null) return { ok: false, retryAfterSeconds: wait };
  const account = await db.platformAccount.findUnique({ where: { uscc }, select: { id: true, type: true, loginName: true, reservedMobile: true } });
  if (!account || account.type !== "legal") {
    await recordAuditEvent({ db, type: "login-name.hint", client, result: "failure", detail: { reason: "noLegalAccount" }, now });
    return { ok: true, found: false };
  }
  const mobile = account.reservedMobile;
  const smsAllowed = mobile !== null && (await consumeLimits({ db, limits: hintLimits.sms(uscc), now })) === null;
  if (mobile && smsAllowed) {
    await (options.provider ?? smsProvider({ db })).send({ mobile, purpose: "login-name-hint", ...loginNameHint(account.loginName) });
  }
  await recordAuditEvent({
    db,
    type: "login-name.hint",
    actor: accountActor(account.id),
    client,
    result: "success",
    detail: { smsSent: smsAllowed, mobile: mobile ? maskMobile(mobile) : null },
    now,
  });
  return { ok: true, found: true, maskedLoginName: maskLoginName(account.loginName), maskedMobile: mobile ? maskMobile(mobile) : null, smsSent: smsAllowed };
}
