import "server-only";
// The reviewers' queue (issue 6 §6): open cases, oldest first, optionally of one type. Only the
// reference, type, age and a masked name leave this function.
import type { Db } from "@/lib/db";
import type { CaseType } from "./effects";
import { openCaseDetails } from "./case-details";
import { applicantNameOf, maskApplicantName } from "./review-masks";

export interface QueuedCase {
  reference: string;
  type: string;
  createdAt: Date;
  /** Masked applicant name, or null when the details name nobody. */
  maskedName: string | null;
  documentCount: number;
}

export async function listOpenCases(options: { db: Db; type?: CaseType | null; limit?: number }): Promise<QueuedCase[]> {
  const rows = await options.db.case.findMany({
    where: { status: "open", ...(options.type ? { type: options.type } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 200,
    select: {
      reference: true,
      type: true,
      createdAt: true,
      detailsEnc: true,
      account: { select: { personName: true, orgName: true } },
      _count: { select: { documents: true } },
    },
  });
  return rows.map((row) => {
    const name = applicantNameOf(openCaseDetails(row.detailsEnc)) ?? row.account?.orgName ?? row.account?.personName ?? null;
    return {
      reference: row.reference,
      type: row.type,
      createdAt: row.createdAt,
      maskedName: name ? maskApplicantName(name) : null,
      documentCount: row._count.documents,
    };
  });
}
