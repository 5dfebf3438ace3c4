import "server-only";
// 查询申诉进度, step 1: a reference number and the mobile given in the appeal → a code (purpose
// `appeal-status`) to that mobile, only when both belong to one appeal. The answer is the same either
// way, so reference numbers cannot be tried out; the status is shown only after the code.
import { randomBytes } from "node:crypto";
import { maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { issueSmsCode } from "@/lib/sms/codes";
import type { SmsProvider } from "@/lib/sms/provider";
import { statusLimits } from "./limits";
import { sealStatusTicket } from "./status-ticket";

export const APPEAL_CASE_TYPES = ["appeal-natural", "appeal-legal"] as const;

export type SendStatusCodeResult = { ok: true; ticket: string } | { ok: false; retryAfterSeconds: number };

export async function sendStatusCode(options: {
  db: Db;
  reference: string;
  mobile: string;
  client: string;
  /** The action passes a CollectingSmsProvider and sends after the response (timing). */
  provider?: SmsProvider;
  now?: Date;
}): Promise<SendStatusCodeResult> {
  const { db, reference, mobile, client } = options;
  const now = options.now ?? new Date();
  const wait = await consumeLimits({ db, limits: statusLimits(reference, mobile, client), now });
  if (wait !== null) return { ok: false, retryAfterSeconds: wait };
  const found = await db.case.findUnique({ where: { reference }, select: { id: true, type: true, contactMobile: true } });
  const matched = found !== null && found.contactMobile === mobile && (APPEAL_CASE_TYPES as readonly string[]).includes(found.type);
  let challenge = randomBytes(16).toString("base64url");
  if (matched) {
    try {
      challenge = (await issueSmsCode({ db, mobile, purpose: "appeal-status", provider: options.provider, now })).challenge;
    } catch (error) {
      // Another answer here would tell that reference and mobile matched; the earlier code still works.
      if (!(error instanceof RateLimitedError)) throw error;
    }
  }
  await recordAuditEvent({ db, type: "sms.send", client, result: matched ? "success" : "failure", detail: { purpose: "appeal-status", mobile: maskMobile(mobile), matched }, now });
  return { ok: true, ticket: sealStatusTicket({ reference, mobile, challenge, caseId: matched ? found.id : null }, now) };
}
