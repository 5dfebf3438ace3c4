// What the automatic check (or the review) said, at the top of 修改个人信息 / 修改法人信息: which part
// did not match (never registry data), the invitation to re-check, and then the upload.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import type { AccountCase } from "@/lib/cases/get-account-cases";
import { isRealNameFailure } from "@/lib/verification/identity-verifier";
import type { VerificationView } from "@/lib/verification/get-verification-view";

const link = "font-bold text-gov-blue underline underline-offset-4";

export async function StatusPanel({ view, latestCase, next }: { view: VerificationView; latestCase: AccountCase | null; next: string | null }) {
  const t = await getTranslations("verification");
  const uploadHref = next ? `/account/verify/upload?next=${encodeURIComponent(next)}` : "/account/verify/upload";
  const failure = isRealNameFailure(view.realNameFailure) ? t(`failures.${view.realNameFailure}`) : null;
  if (view.realNameStatus === "verified") {
    return (
      <Notice tone="success">
        <h2 className="text-lg font-bold">{t("status.verifiedTitle")}</h2>
        <p>{t("status.verifiedText")}</p>
        <p className="mt-2 flex flex-wrap gap-x-6">
          {next ? <Link className={link} href={next}>{t("status.backLink")}</Link> : null}
          <Link className={link} href="/services">{t("status.servicesLink")}</Link>
        </p>
      </Notice>
    );
  }
  if (view.realNameStatus === "pending") {
    const reference = latestCase?.status === "open" ? latestCase.reference : "—";
    return (
      <Notice tone="info">
        <h2 className="text-lg font-bold">{t("status.pendingTitle")}</h2>
        <p>{t("status.pendingText", { reference })}</p>
        {next ? <Link className={link} href={next}>{t("status.backLink")}</Link> : null}
      </Notice>
    );
  }
  if (view.uploadState !== "ready") return null;
  // Neither asks to re-check the data: an ID type that cannot be checked, a source that did not answer.
  const manual = view.realNameFailure === "not-checkable";
  const unavailable = view.realNameFailure === "service-unavailable";
  const title = manual ? "status.manualTitle" : unavailable ? "status.unavailableTitle" : "status.failedTitle";
  return (
    <Notice tone="warning">
      <h2 className="text-lg font-bold" data-testid="verification-result">
        {t(title)}
      </h2>
      {failure ? <p data-testid="verification-failure">{failure}</p> : null}
      {latestCase?.status === "rejected" && latestCase.rejectionReason ? (
        <p>{t("status.rejected", { reference: latestCase.reference, reason: latestCase.rejectionReason })}</p>
      ) : null}
      {manual || unavailable ? null : <p>{t("status.recheck")}</p>}
      <p className="mt-2">{manual || unavailable ? null : t("status.uploadLead")}</p>
      <Link className={link} href={uploadHref}>
        {t(`uploadLink.${view.type}`)}
      </Link>
    </Notice>
  );
}
