import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { requestClient } from "@/lib/audit/request-client";
import { getCaseForReview } from "@/lib/cases/get-case-for-review";
import { db } from "@/lib/db";
import { getCaseOverview } from "@/lib/db/cases/get-case-overview";
import { getCaseTimeline } from "@/lib/db/cases/get-case-timeline";
import { mayUse } from "@/lib/staff/staff-access";
import { requireStaff } from "@/lib/staff/require-staff";
import { caseTypeKey, statusKey } from "../../_components/case-labels";
import { CaseDetails } from "../../_components/case-details";
import { CaseDocuments } from "../../_components/case-documents";
import { CaseTimeline } from "../../_components/case-timeline";
import { DecisionForms } from "../../_components/decision-forms";

const REFERENCE = /^[A-Za-z0-9-]{4,40}$/;

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("staff.case"))("title", { reference: (await params).reference.slice(0, 40) }) };
}

/**
 * A case with its whole history. A reviewer opening it unlocks its documents and the decision
 * (getCaseForReview records that); an admin reads it without documents (getCaseOverview).
 */
export default async function StaffCasePage({ params, searchParams }: Props) {
  const staff = await requireStaff({ area: "caseSearch" });
  const { reference } = await params;
  if (!REFERENCE.test(reference)) notFound();
  const reviewer = mayUse(staff.role, "caseDecision");
  const options = { db: db(), reference, staffId: staff.staffId, client: await requestClient() };
  const found = reviewer ? await getCaseForReview(options) : await getCaseOverview(options);
  if (!found) notFound();
  const timeline = (await getCaseTimeline({ db: db(), reference: found.reference })) ?? [];
  const t = await getTranslations("staff");
  const ops = await getTranslations("staffOps.caseView");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const notice = (await searchParams).notice;
  const rows: [string, string][] = [
    [t("case.type"), t(`caseTypes.${caseTypeKey(found.type)}`)],
    [t("case.status"), t(`caseStatus.${statusKey(found.status)}`)],
    [t("case.submittedAt"), when(found.createdAt)],
    ...(found.decidedAt ? ([[t("case.decidedAt"), when(found.decidedAt)]] as [string, string][]) : []),
    ...(found.reviewerName ? ([[t("case.reviewer"), found.reviewerName]] as [string, string][]) : []),
    ...(found.decisionReason ? ([[t("case.reason"), found.decisionReason]] as [string, string][]) : []),
  ];
  return (
    <div className="space-y-8">
      <p className="flex flex-wrap gap-x-6">
        {reviewer ? (
          <Link className="text-gov-blue underline underline-offset-4" href="/staff">
            ‹ {t("case.back")}
          </Link>
        ) : null}
        <Link className="text-gov-blue underline underline-offset-4" href="/staff/cases">
          ‹ {ops("backToSearch")}
        </Link>
      </p>
      {notice === "approved" || notice === "rejected" ? <Notice tone="success">{t(`case.${notice}Notice`)}</Notice> : null}
      <h1 className="text-2xl font-bold text-gov-blue">{t("case.title", { reference: found.reference })}</h1>
      <section aria-labelledby="summary-heading" className="space-y-2">
        <h2 id="summary-heading" className="text-xl font-bold">
          {t("case.summary")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="case-summary">
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-bold">{term}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <CaseDetails rows={found.details} />
      {"documents" in found ? (
        <CaseDocuments reference={found.reference} documents={found.documents} purged={found.documentsPurged} />
      ) : (
        <p>{ops("documentsReviewerOnly", { count: found.documentCount })}</p>
      )}
      <CaseTimeline entries={timeline} />
      {reviewer ? (
        <section aria-labelledby="decide-heading" className="space-y-4">
          <h2 id="decide-heading" className="text-xl font-bold">
            {t("case.decide")}
          </h2>
          {found.status === "open" ? <DecisionForms reference={found.reference} /> : <p>{t("case.decided")}</p>}
        </section>
      ) : null}
    </div>
  );
}
