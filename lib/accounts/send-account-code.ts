import "server-only";
// Sends an SMS code for registration or a mobile change, with a per-client limit on top of the
// per-mobile cooldown and daily cap of lib/sms (one client must not text a thousand numbers). All
// three are counted together: pressing 获取短信验证码 during the 60 s wait spends no hourly budget.
import { accountActor, maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { issueSmsCode } from "@/lib/sms/codes";

export const CLIENT_SMS_PER_HOUR = 20;

export type SendAccountCodeResult =
  | { ok: true; challenge: string }
  | { ok: false; reason: "cooldown" | "dailyCap" | "client"; retryAfterSeconds: number };

export async function sendAccountCode(options: {
  db: Db;
  mobile: string;
  purpose: "register" | "change-mobile";
  client: string;
  accountId?: number;
  now?: Date;
}): Promise<SendAccountCodeResult> {
  const { db, mobile, purpose, client } = options;
  const now = options.now ?? new Date();
  const perClient = { key: `sms:client:${client}`, points: CLIENT_SMS_PER_HOUR, durationSeconds: 3600 };
  const actor = options.accountId ? accountActor(options.accountId) : null;
  try {
    const { challenge } = await issueSmsCode({ db, mobile, purpose, limits: [perClient], now });
    await recordAuditEvent({ db, type: "sms.send", actor, client, result: "success", detail: { purpose, mobile: maskMobile(mobile) }, now });
    return { ok: true, challenge };
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    await recordAuditEvent({ db, type: "sms.send", actor, client, result: "failure", detail: { purpose, mobile: maskMobile(mobile), reason: error.code }, now });
    const reason = error.code === "sms.dailyCap" ? "dailyCap" : error.code === "sms.cooldown" ? "cooldown" : "client";
    return { ok: false, reason, retryAfterSeconds: error.retryAfterSeconds };
  }
}
