import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { RealNameBadge } from "@/components/platform/real-name-badge";
import { safeNextPath } from "@/lib/accounts/notices";
import { getAccountCases } from "@/lib/cases/get-account-cases";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { getVerificationView } from "@/lib/verification/get-verification-view";
import { CaseList } from "./case-list";
import { LegalIdentityForm } from "./legal-identity-form";
import { NaturalIdentityForm } from "./natural-identity-form";
import { StatusPanel } from "./status-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** 修改个人信息 / 修改法人信息 (source 二 1-2 / 2-2 第三步 to 第五步): the form, the result, the way on. */
export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const here = next ? `/account/verify?next=${encodeURIComponent(next)}` : "/account/verify";
  const session = await getCurrentSession();
  if (!session) redirect(`/login?notice=loginToContinue&next=${encodeURIComponent(here)}`);
  const view = await getVerificationView({ db: db(), accountId: session.accountId });
  if (!view) redirect("/login?notice=sessionEnded");
  const cases = await getAccountCases({ db: db(), accountId: session.accountId, take: 5 });
  const t = await getTranslations("verification");
  const editable = view.realNameStatus !== "verified" && view.realNameStatus !== "pending";
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-muted">{t("breadcrumb")} ›</p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold text-gov-blue">{t(`${view.type}.title`)}</h1>
        <RealNameBadge status={view.realNameStatus} />
      </div>
      {params.notice === "submitted" ? <Notice tone="success">{t("status.submitted")}</Notice> : null}
      <StatusPanel view={view} latestCase={cases[0] ?? null} next={next} />
      {editable ? (
        <section aria-label={t(`${view.type}.title`)} className="space-y-4">
          <p>{t(`${view.type}.lead`)}</p>
          {view.type === "legal" ? (
            <LegalIdentityForm
              uscc={view.uscc ?? ""}
              saved={{ orgName: view.orgName ?? "", agentName: view.agentName ?? "", agentMobile: view.agentMobile ?? "", legalRepName: view.legalRepName ?? "" }}
              maskedLegalRepId={view.maskedLegalRepId}
              next={next}
            />
          ) : (
            <NaturalIdentityForm personName={view.personName ?? ""} idType={view.idType ?? ""} maskedIdNumber={view.maskedIdNumber} next={next} />
          )}
        </section>
      ) : null}
      {cases.length > 0 ? <CaseList cases={cases} /> : null}
    </div>
  );
}
