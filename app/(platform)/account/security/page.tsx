import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MobileForm } from "@/components/platform/mobile-form";
import { Notice } from "@/components/platform/notice";
import { PasswordForm } from "@/components/platform/password-form";
import { getAccountProfile } from "@/lib/db/accounts/get-account-profile";
import { maskMobile } from "@/lib/audit/mask";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { loginPath } from "@/lib/sessions/login-redirect";
import { signOutEverywhereAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.security"))("title") };
}

const NOTICES = { passwordChanged: "passwordChanged", mobileChanged: "mobileChanged" } as const;

/** 账号安全: password and mobile changes (current password asked), and sign out everywhere. */
export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await getCurrentSession();
  if (!session) redirect(await loginPath("/account/security"));
  const profile = await getAccountProfile({ db: db(), accountId: session.accountId });
  if (!profile) redirect(await loginPath("/account/security"));
  const t = await getTranslations("platform.security");
  const notice = (await searchParams).notice;
  const shown = typeof notice === "string" && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  return (
    <div className="max-w-xl space-y-10">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      {shown ? <Notice tone="success">{t(shown)}</Notice> : null}
      <section id="change-password" aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-bold">
          {t("passwordTitle")}
        </h2>
        <PasswordForm />
      </section>
      <section id="change-mobile" aria-labelledby="mobile-heading" className="space-y-3">
        <h2 id="mobile-heading" className="text-xl font-bold">
          {t("mobileTitle")}
        </h2>
        <p>{t("mobileLead", { mobile: profile.reservedMobile ? maskMobile(profile.reservedMobile) : t("mobileNone") })}</p>
        <MobileForm />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-bold">
          {t("sessionsTitle")}
        </h2>
        <p>{t("sessionsLead")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="rounded border-2 border-gov-red px-6 py-3 text-lg font-bold text-gov-red hover:bg-red-50">
            {t("sessionsSubmit")}
          </button>
        </form>
      </section>
    </div>
  );
}
