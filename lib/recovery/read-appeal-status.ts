import "server-only";
// 查询申诉进度, step 2: the code → the appeal's status (open, approved, rejected with its reason).
// An unknown reference and a wrong code get the same refusal.
import type { Db } from "@/lib/db";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { verifySmsCode } from "@/lib/sms/codes";
import { SmsCodeError } from "@/lib/sms/errors";
import { statusSubmitLimits } from "./limits";
import type { StatusTicket } from "./status-ticket";

export interface AppealStatus {
  reference: string;
  type: string;
  status: "open" | "approved" | "rejected";
  /** Shown for a rejection only (an approval's note is for staff). */
  reason: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
}

export type ReadAppealStatusResult = { ok: true; status: AppealStatus } | { ok: false; reason: "code" } | { ok: false; reason: "limited"; retryAfterSeconds: number };

export async function readAppealStatus(options: { db: Db; ticket: StatusTicket; smsCode: string; client: string; now?: Date }): Promise<ReadAppealStatusResult> {
  const { db, ticket } = options;
  const now = options.now ?? new Date();
  const wait = await consumeLimits({ db, limits: statusSubmitLimits(ticket.reference, options.client), now });
  if (wait !== null) return { ok: false, reason: "limited", retryAfterSeconds: wait };
  let sentTo: string;
  try {
    sentTo = await verifySmsCode({ db, challenge: ticket.challenge, code: options.smsCode, purpose: "appeal-status", now });
  } catch (error) {
    if (!(error instanceof SmsCodeError)) throw error;
    return { ok: false, reason: "code" };
  }
  if (ticket.caseId === null || sentTo !== ticket.mobile) return { ok: false, reason: "code" };
  const found = await db.case.findUnique({
    where: { id: ticket.caseId },
    select: { reference: true, type: true, status: true, decisionReason: true, createdAt: true, decidedAt: true, contactMobile: true },
  });
  if (!found || found.reference !== ticket.reference || found.contactMobile !== ticket.mobile) return { ok: false, reason: "code" };
  const status = found.status === "approved" || found.status === "rejected" ? found.status : "open";
  return {
    ok: true,
    status: {
      reference: found.reference,
      type: found.type,
      status,
      reason: status === "rejected" ? found.decisionReason : null,
      submittedAt: found.createdAt,
      decidedAt: found.decidedAt,
    },
  };
}
