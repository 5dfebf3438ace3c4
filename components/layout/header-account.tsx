import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logOutAction } from "@/app/(platform)/actions";
import { getAccountSummary } from "@/lib/db/accounts/get-account-summary";
import { db } from "@/lib/db";
import { errorFields, logger } from "@/lib/log/logger";
import { getCurrentSession } from "@/lib/sessions/current-session";

const link = "underline-offset-4 hover:underline";

/** The logged-in account, or null. The header is on every page, error pages included: when the
 * database cannot be read it shows the login link rather than take the page down with it. */
async function headerAccount() {
  try {
    const session = await getCurrentSession();
    return session ? await getAccountSummary({ db: db(), accountId: session.accountId }) : null;
  } catch (error) {
    logger.warn("header.account-unavailable", errorFields(error));
    return null;
  }
}

/** 用户登录, or — once logged in — the account (to 我的信息) and 退出. */
export async function HeaderAccount() {
  const t = await getTranslations();
  const account = await headerAccount();
  if (!account) {
    return (
      <li>
        <Link className={link} href="/login">
          {t("nav.login")}
        </Link>
      </li>
    );
  }
  return (
    <>
      <li>
        <Link className={link} href="/account" aria-label={t("chrome.accountLabel", { name: account.loginName })}>
          {t("chrome.account", { name: account.loginName })}
        </Link>
      </li>
      <li>
        <form action={logOutAction}>
          <button type="submit" className={`${link} cursor-pointer`}>
            {t("chrome.logout")}
          </button>
        </form>
      </li>
    </>
  );
}
