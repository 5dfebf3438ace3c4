import "server-only";
// A reviewer approves or rejects an open case (issue 6 §6, issue 7 §6) in ONE transaction: the
// status, reviewer, time and reason, the status history, the audit record and the type's effect
// are kept together or not at all. Only an open case can be decided, so two reviewers deciding at
// once end with one decision and one refusal. The applicant's SMS goes out after the commit.
import { maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { errorFields, logger } from "@/lib/log/logger";
import { countCase } from "@/lib/metrics/count-case";
import type { SmsProvider } from "@/lib/sms/provider";
import { smsProvider } from "@/lib/sms/sms-provider";
import { staffActor } from "@/lib/staff/staff-actor";
import { CaseError } from "./case-errors";
import { checkDecisionReason } from "./decision-rules";
import { effectFor, type CaseDecision, type CaseNotice } from "./effects";
import { hasViewedCase, isActiveReviewer } from "./reviewer-access";

export interface DecideCaseOptions {
  db: Db;
  reference: string;
  staffId: number;
  decision: CaseDecision;
  /** Already normalised (decision-rules normaliseReason); required for a rejection. */
  reason: string | null;
  client?: string | null;
  sms?: SmsProvider;
  now?: Date;
}

export async function decideCase(options: DecideCaseOptions): Promise<{ reference: string; decision: CaseDecision; noticesSent: number }> {
  const { db, staffId, decision, reason } = options;
  const now = options.now ?? new Date();
  const actor = staffActor(staffId);
  const client = options.client ?? null;
  let caseType: string | null = null;
  try {
    if (checkDecisionReason(decision, reason)) throw new CaseError("case.reasonRequired", "a rejection needs a reason the user can act on");
    const found = await db.case.findUnique({
      where: { reference: options.reference },
      select: { id: true, reference: true, type: true, accountId: true, contactMobile: true, detailsEnc: true },
    });
    if (!found) throw new CaseError("case.notFound", "no such case");
    caseType = found.type;
    const effect = effectFor(found.type);
    if (!effect) throw new CaseError("case.noEffect", `cases of type ${found.type} cannot be decided yet`);

    const notices = await db.$transaction(
      async (tx) => {
        if (!(await isActiveReviewer({ db: tx, staffId }))) throw new CaseError("case.notReviewer", "only a reviewer decides cases");
        // Deciding unseen is refused: the reviewer must have opened the case and its documents.
        if (!(await hasViewedCase({ db: tx, caseId: found.id, actor }))) throw new CaseError("case.notViewed", "open the case before deciding it");
        const closed = await tx.case.updateMany({
          where: { id: found.id, status: "open" },
          data: { status: decision, reviewerId: staffId, decidedAt: now, decisionReason: reason },
        });
        if (closed.count !== 1) throw new CaseError("case.notOpen", "the case was already decided");
        await tx.caseEvent.create({ data: { caseId: found.id, kind: decision, actor, note: reason, at: now }, select: { id: true } });
        await recordAuditEvent({ db: tx, type: "case.decide", actor, client, result: "success", detail: { reference: found.reference, type: found.type, decision }, now });
        const result = await effect.apply({ tx, case: found, decision, reason, staffId, now });
        return result.notices;
      },
      // Argon2 elsewhere on a busy two-core machine can stall a request for seconds.
      { maxWait: 10_000, timeout: 20_000 },
    );
    countCase(found.type, decision);
    const noticesSent = await sendNotices({ db, reference: found.reference, notices, actor, client, sms: options.sms, now });
    return { reference: found.reference, decision, noticesSent };
  } catch (error) {
    if (error instanceof CaseError) {
      countCase(caseType, "decision_failed");
      await recordAuditEvent({ db, type: "case.decide", actor, client, result: "failure", detail: { reference: options.reference.slice(0, 40), decision, reason: error.code }, now });
    }
    throw error;
  }
}

/** The decision stands whatever happens here; a message that fails is recorded, not retried. */
async function sendNotices(options: { db: Db; reference: string; notices: CaseNotice[]; actor: string; client: string | null; sms?: SmsProvider; now: Date }): Promise<number> {
  const provider = options.sms ?? smsProvider({ db: options.db });
  let sent = 0;
  for (const notice of options.notices) {
    const detail = { purpose: notice.purpose, mobile: maskMobile(notice.mobile) };
    try {
      await provider.send(notice);
      sent += 1;
      await recordAuditEvent({ db: options.db, type: "sms.send", actor: options.actor, client: options.client, result: "success", detail, now: options.now });
    } catch (error) {
      // The case reference finds it; the mobile (even masked) and the gateway's words stay out of the log.
      logger.error("case.notice.failed", { reference: options.reference, purpose: notice.purpose, ...errorFields(error) });
      await recordAuditEvent({ db: options.db, type: "sms.send", actor: options.actor, client: options.client, result: "failure", detail, now: options.now });
    }
  }
  return sent;
}
