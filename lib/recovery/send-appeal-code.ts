import "server-only";
// An appeal's contact mobile is proven with a code (purpose `recovery`): the approval's link and
// the status checks go to it, and for a natural appeal it becomes the reserved mobile.
import { maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { issueSmsCode } from "@/lib/sms/codes";
import { appealLimits } from "./limits";

export type SendAppealCodeResult = { ok: true; challenge: string } | { ok: false; retryAfterSeconds: number; dailyCap?: boolean };

export async function sendAppealCode(options: { db: Db; mobile: string; client: string; now?: Date }): Promise<SendAppealCodeResult> {
  const { db, mobile, client } = options;
  const now = options.now ?? new Date();
  try {
    // The flow's limits are counted with lib/sms's cooldown and cap: a refused send spends none.
    const { challenge } = await issueSmsCode({ db, mobile, purpose: "recovery", limits: appealLimits.send(mobile, client), now });
    await recordAuditEvent({ db, type: "sms.send", client, result: "success", detail: { purpose: "appeal", mobile: maskMobile(mobile) }, now });
    return { ok: true, challenge };
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    return { ok: false, retryAfterSeconds: error.retryAfterSeconds, dailyCap: error.code === "sms.dailyCap" };
  }
}
