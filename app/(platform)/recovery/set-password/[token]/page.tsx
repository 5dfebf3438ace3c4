import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/recovery/set-password-form";
import { db } from "@/lib/db";
import { findPasswordSetGrant } from "@/lib/recovery/find-password-set-grant";
import { setPasswordAction } from "../actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's URL. The site-wide Referrer-Policy (same-origin, next.config.mjs)
  // keeps it from other sites; "no-referrer" would make the form post Origin: null, which Next
  // refuses for server actions.
  return { title: (await getTranslations("recovery.setPassword"))("title"), robots: { index: false } };
}

/** The single-use link sent by SMS after an approved appeal: the applicant sets the password. */
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const t = await getTranslations("recovery");
  const grant = await findPasswordSetGrant({ db: db(), token });
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("setPassword.title")}</h1>
      {grant ? (
        <>
          <p>{t("setPassword.lead", { loginName: grant.loginName, window: t(`setPassword.window.${grant.type === "legal" ? "legal" : "natural"}`) })}</p>
          <SetPasswordForm action={setPasswordAction.bind(null, token)} />
        </>
      ) : (
        <>
          <p>{t("setPassword.invalidLink")}</p>
          <Link className="text-gov-blue underline underline-offset-4" href="/recovery">
            {t("backToRecovery")}
          </Link>
        </>
      )}
    </div>
  );
}
