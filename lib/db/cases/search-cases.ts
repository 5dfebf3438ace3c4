import "server-only";
// Every case, open or decided, matching the staff search (lib/cases/case-search.ts), newest first,
// one page at a time. A mobile matches the case's contact mobile or its account's reserved mobile;
// a USCC and a login name match the case's account. Only masked personal data leaves here.
import { maskMobile } from "@/lib/audit/mask";
import { openCaseDetails } from "@/lib/cases/case-details";
import type { CaseSearchCriteria } from "@/lib/cases/case-search";
import { applicantNameOf, maskApplicantName } from "@/lib/cases/review-masks";
import type { Db } from "@/lib/db";

export const CASE_SEARCH_PAGE_SIZE = 20;

export interface FoundCase {
  reference: string;
  type: string;
  status: string;
  createdAt: Date;
  decidedAt: Date | null;
  maskedName: string | null;
  maskedMobile: string | null;
}

function whereOf(criteria: CaseSearchCriteria) {
  const and: object[] = [];
  if (criteria.reference) and.push({ reference: criteria.reference });
  if (criteria.mobile) and.push({ OR: [{ contactMobile: criteria.mobile }, { account: { reservedMobile: criteria.mobile } }] });
  if (criteria.uscc) and.push({ account: { uscc: criteria.uscc } });
  if (criteria.loginName) and.push({ account: { loginNameKey: criteria.loginName } });
  if (criteria.status) and.push({ status: criteria.status });
  if (criteria.range.from) and.push({ createdAt: { gte: criteria.range.from } });
  if (criteria.range.before) and.push({ createdAt: { lt: criteria.range.before } });
  return { AND: and };
}

export async function searchCases(options: { db: Db; criteria: CaseSearchCriteria; page: number }): Promise<{ total: number; cases: FoundCase[] }> {
  const where = whereOf(options.criteria);
  const [total, rows] = await Promise.all([
    options.db.case.count({ where }),
    options.db.case.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * CASE_SEARCH_PAGE_SIZE,
      take: CASE_SEARCH_PAGE_SIZE,
      select: {
        reference: true, type: true, status: true, createdAt: true, decidedAt: true, contactMobile: true, detailsEnc: true,
        account: { select: { personName: true, orgName: true } },
      },
    }),
  ]);
  return {
    total,
    cases: rows.map((row) => {
      const name = applicantNameOf(openCaseDetails(row.detailsEnc)) ?? row.account?.orgName ?? row.account?.personName ?? null;
      return {
        reference: row.reference,
        type: row.type,
        status: row.status,
        createdAt: row.createdAt,
        decidedAt: row.decidedAt,
        maskedName: name ? maskApplicantName(name) : null,
        maskedMobile: row.contactMobile ? maskMobile(row.contactMobile) : null,
      };
    }),
  };
}
