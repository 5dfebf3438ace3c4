import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAccountSummary } from "@/lib/db/accounts/get-account-summary";
import { personalServiceStatus } from "@/lib/accounts/service-catalogue";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { loginPath } from "@/lib/sessions/login-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("services.personalEntry"))("title") };
}

const link = "text-gov-blue underline underline-offset-4";

/** 个人业务办理: where a personal journey ends (2-1 / 2-2 "认证后进行相关业务操作") — open to a verified natural account. */
export default async function PersonalServicePage() {
  const session = await getCurrentSession();
  if (!session) redirect(await loginPath("/services/personal"));
  const account = await getAccountSummary({ db: db(), accountId: session.accountId });
  if (!account) redirect(await loginPath("/services/personal"));
  const t = await getTranslations();
  const status = personalServiceStatus({ account: { ...account, uscc: null }, authorisations: [] });
  if (status === "naturalOnly") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-gov-blue">{t("services.personalEntry.naturalOnlyTitle")}</h1>
        <p>{t("services.personalEntry.naturalOnlyText")}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link className={`${link} font-bold`} href="/services?for=legal">
            {t("services.audiences.legal")}
          </Link>
          <Link className={link} href="/login/natural">
            {t("services.personalEntry.naturalLogin")}
          </Link>
        </p>
      </div>
    );
  }
  if (status === "verify") {
    const realName = t(`platform.realNameStatus.${account.realNameStatus as "unverified"}`);
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-gov-blue">{t("platform.services.unverifiedTitle")}</h1>
        <p>{t("platform.services.unverifiedText", { status: realName })}</p>
        <Link className={`${link} font-bold`} href="/account/verify?next=/services/personal">
          {t("platform.services.verifyNow")}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-gov-blue">{t("services.personalEntry.title")}</h1>
      <dl className="rounded border-2 border-gov-blue p-4">
        <dt className="text-muted">{t("services.personalEntry.actingAs")}</dt>
        <dd className="text-xl font-bold" data-testid="entry-person">
          {account.loginName}
        </dd>
      </dl>
      <p>{t("services.personalEntry.text", { name: account.loginName })}</p>
      <p className="text-muted">{t("platform.services.entryOutside")}</p>
    </div>
  );
}
