// On 我的信息: the latest verification case while it matters — under review (its reference), or
// rejected with the reviewer's reason (the decision SMS sends the user here to read it).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { getAccountCases } from "@/lib/cases/get-account-cases";
import { db } from "@/lib/db";

export async function VerificationCaseNotice({ accountId, realNameStatus }: { accountId: number; realNameStatus: string }) {
  const [latest] = await getAccountCases({ db: db(), accountId, take: 1 });
  const rejected = latest?.status === "rejected" && realNameStatus === "failed";
  const open = latest?.status === "open" && realNameStatus === "pending";
  if (!latest || !(rejected || open)) return null;
  const t = await getTranslations("verification");
  return (
    <Notice tone={rejected ? "warning" : "info"}>
      <p data-testid="verification-case-notice">
        {rejected ? t("status.rejected", { reference: latest.reference, reason: latest.rejectionReason ?? "—" }) : t("status.pendingText", { reference: latest.reference })}
      </p>
      <Link className="font-bold text-gov-blue underline underline-offset-4" href="/account/verify">
        {t("cases.title")}
      </Link>
    </Notice>
  );
}
