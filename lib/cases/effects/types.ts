// The seam between the shared decision flow (lib/cases/decide-case.ts) and what a decision does
// for one type of case. An effect runs INSIDE the decision's transaction: if it throws, the case
// stays open and nothing it wrote is kept. Messages to the applicant are returned, not sent, and
// go out only after the transaction committed (a rolled-back decision must not be announced).
import type { DbTransaction } from "@/lib/db";

export type CaseDecision = "approved" | "rejected";

/** The case as the decision saw it (already marked decided inside the same transaction). */
export interface DecidedCase {
  id: number;
  reference: string;
  type: string;
  accountId: number | null;
  contactMobile: string | null;
  /** Sealed JSON of what the applicant submitted (lib/crypto/seal openText). */
  detailsEnc: string;
}

export interface CaseEffectContext {
  tx: DbTransaction;
  case: DecidedCase;
  decision: CaseDecision;
  /** The rejection's reason (always present for a rejection) or an approval note. */
  reason: string | null;
  staffId: number;
  now: Date;
}

/** A text message for the applicant, sent after the commit through lib/sms. */
export interface CaseNotice {
  mobile: string;
  /** lib/sms purpose, e.g. `case-decision`. */
  purpose: string;
  body: string;
  /** The variable parts of the body, for template gateways (lib/sms/provider.ts SmsText). */
  params: Record<string, string>;
}

export interface CaseEffectResult {
  notices: CaseNotice[];
}

export interface CaseDecisionEffect {
  apply(context: CaseEffectContext): Promise<CaseEffectResult>;
}
