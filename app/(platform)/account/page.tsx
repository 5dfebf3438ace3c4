import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/platform/contact-form";
import { Notice } from "@/components/platform/notice";
import { ProfileList } from "@/components/platform/profile-list";
import { RealNameBadge } from "@/components/platform/real-name-badge";
import { getAccountProfile } from "@/lib/db/accounts/get-account-profile";
import { safeNextPath } from "@/lib/accounts/notices";
import { passwordNotice } from "@/lib/accounts/password-notice";
import { withNext } from "@/lib/accounts/return-to";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { loginPath } from "@/lib/sessions/login-redirect";
import { BackToStep } from "@/components/platform/back-to-step";
import { VerificationCaseNotice } from "./verify/verification-case-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.account"))("title") };
}

/**
 * 在线办事 → 我的信息 (source 1-2 / 2-2): the account's data, real-name status at the top right.
 * Opened from a verify-waiting step with `next`: the way back to it, kept through the login.
 */
export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const here = withNext("/account", next);
  const session = await getCurrentSession();
  if (!session) redirect(await loginPath(here));
  const profile = await getAccountProfile({ db: db(), accountId: session.accountId });
  if (!profile) redirect(await loginPath(here));
  const t = await getTranslations("platform.account");
  const notice = passwordNotice(profile);
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <div className="space-y-6">
      <p className="text-muted">{t("breadcrumb")} ›</p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
        <RealNameBadge status={profile.realNameStatus} />
      </div>
      <BackToStep next={next} />
      {params.notice === "contactSaved" ? <Notice tone="success">{t("contactSaved")}</Notice> : null}
      {notice ? (
        <Notice tone="warning">
          <h2 className="font-bold">{t("passwordNoticeTitle")}</h2>
          <p>{t(notice === "weak" ? "passwordNoticeWeak" : "passwordNoticeTorch")}</p>
          <Link className={link} href="/account/security#change-password">
            {t("changePasswordLink")}
          </Link>
        </Notice>
      ) : null}
      <VerificationCaseNotice accountId={profile.id} realNameStatus={profile.realNameStatus} />
      <ProfileList profile={profile} />
      <p>{profile.realNameStatus !== "verified" ? `${t("verifyHint")} ` : null}<Link className={link} href="/account/verify">{t(profile.type === "legal" ? "verifyLegal" : "verifyNatural")}</Link></p>
      <p>
        <Link className={link} href="/services">
          {t("servicesLink")}
        </Link>
      </p>
      <section aria-labelledby="contact-heading" className="space-y-3">
        <h2 id="contact-heading" className="text-xl font-bold">
          {t("editContact")}
        </h2>
        <ContactForm contactName={profile.contactName ?? ""} email={profile.email ?? ""} next={next} />
      </section>
    </div>
  );
}
