import "server-only";
// 登录名重置密码, step 2 (第五步): the reserved mobile (and for a legal account the organisation name
// and USCC) → a code with purpose `reset`, sent only when every detail matches the account named in
// step 1. The answer is the same either way ("如信息无误，验证码已发送"): a mismatch gets a random
// challenge that no code will ever answer, and every limit is counted on both paths.
import { randomBytes } from "node:crypto";
import { accountActor, maskLoginName, maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { issueSmsCode } from "@/lib/sms/codes";
import type { SmsProvider } from "@/lib/sms/provider";
import { resetLimits } from "./limits";
import { sealResetTicket, type ResetTicket } from "./reset-ticket";
import { resetDetailsMatch } from "./reset-rules";

export type SendResetCodeResult = { ok: true; ticket: string } | { ok: false; retryAfterSeconds: number };

export async function sendResetCode(options: {
  db: Db;
  ticket: ResetTicket;
  /** Already checked for shape and normalised by the caller. */
  details: { mobile: string; orgName: string | null; uscc: string | null };
  client: string;
  /** The action passes a CollectingSmsProvider and sends after the response (timing). */
  provider?: SmsProvider;
  now?: Date;
}): Promise<SendResetCodeResult> {
  const { db, ticket, details, client } = options;
  const now = options.now ?? new Date();
  const wait = await consumeLimits({ db, limits: resetLimits.send(ticket.nameKey, details.mobile, client), now });
  if (wait !== null) return { ok: false, retryAfterSeconds: wait };

  const account = await db.platformAccount.findUnique({
    where: { loginNameKey: ticket.nameKey },
    select: { id: true, type: true, reservedMobile: true, orgName: true, uscc: true },
  });
  const matched = account !== null && resetDetailsMatch(ticket.kind, account, details);
  let challenge = randomBytes(16).toString("base64url");
  if (matched) {
    try {
      challenge = (await issueSmsCode({ db, mobile: details.mobile, purpose: "reset", provider: options.provider, now })).challenge;
      await recordAuditEvent({ db, type: "sms.send", actor: accountActor(account.id), client, result: "success", detail: { purpose: "reset", mobile: maskMobile(details.mobile) }, now });
    } catch (error) {
      // lib/sms's own cooldown or daily cap: answering differently would tell that the details
      // matched, so the answer stays the same; the code sent earlier is still valid.
      if (!(error instanceof RateLimitedError)) throw error;
      await recordAuditEvent({ db, type: "sms.send", actor: accountActor(account.id), client, result: "failure", detail: { purpose: "reset", reason: error.code }, now });
    }
  } else {
    await recordAuditEvent({
      db,
      type: "password.reset",
      actor: account ? accountActor(account.id) : `name:${maskLoginName(ticket.nameKey)}`,
      client,
      result: "failure",
      detail: { reason: account ? "detailsMismatch" : "unknownName", kind: ticket.kind },
      now,
    });
  }
  const sent = { ...details, challenge, accountId: matched ? account.id : null };
  return { ok: true, ticket: sealResetTicket({ ...ticket, sent }, now) };
}
