import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logOutAction } from "@/app/(platform)/actions";
import { getAccountSummary } from "@/lib/db/accounts/get-account-summary";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";

/** The platform's own navigation: login and registration, or 在线办事 and logout once logged in. */
export async function PlatformBar() {
  const t = await getTranslations("platform.nav");
  const session = await getCurrentSession();
  const account = session ? await getAccountSummary({ db: db(), accountId: session.accountId }) : null;
  const link = "text-gov-blue underline underline-offset-4 hover:no-underline";
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-gray-300 pb-3">
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
        {account ? (
          <>
            <li className="text-muted">{t("greeting", { name: account.loginName })}</li>
            <li>
              <Link className={link} href="/account">
                {t("onlineServices")} · {t("myInfo")}
              </Link>
            </li>
            <li>
              <Link className={link} href="/account/security">
                {t("security")}
              </Link>
            </li>
            <li>
              <Link className={link} href="/services">
                {t("services")}
              </Link>
            </li>
            <li>
              <form action={logOutAction}>
                <button type="submit" className={`${link} cursor-pointer`}>
                  {t("logout")}
                </button>
              </form>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link className={link} href="/login">
                {t("login")}
              </Link>
            </li>
            <li>
              <Link className={link} href="/register">
                {t("register")}
              </Link>
            </li>
            <li>
              <Link className={link} href="/services">
                {t("services")}
              </Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
