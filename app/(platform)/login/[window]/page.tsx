import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/platform/login-form";
import { Notice } from "@/components/platform/notice";
import { loginNotice, safeNextPath } from "@/lib/accounts/notices";
import { withNext } from "@/lib/accounts/return-to";
import { logInAction } from "../actions";

type Props = {
  params: Promise<{ window: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function isWindow(value: string): value is "natural" | "legal" {
  return value === "natural" || value === "legal";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { window } = await params;
  if (!isWindow(window)) return {};
  return { title: (await getTranslations("platform.login"))(window === "legal" ? "legalTitle" : "naturalTitle") };
}

/** 自然人登录 / 法人登录: one page per window, each only for its own kind of account. */
export default async function LoginWindowPage({ params, searchParams }: Props) {
  const { window } = await params;
  if (!isWindow(window)) notFound();
  const t = await getTranslations("platform.login");
  const query = await searchParams;
  const notice = loginNotice(query.notice);
  const next = safeNextPath(query.next);
  const other = window === "legal" ? "natural" : "legal";
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t(window === "legal" ? "legalTitle" : "naturalTitle")}</h1>
      {notice ? <Notice tone={notice === "registered" ? "success" : "info"}>{t(notice)}</Notice> : null}
      <LoginForm window={window} next={next} action={logInAction} />
      <ul className="space-y-2">
        <li>
          <Link className={link} href={withNext(`/login/${other}`, next)}>
            {t(window === "legal" ? "otherWindowLegal" : "otherWindowNatural")}
          </Link>
        </li>
        <li>
          {t("noAccount")}{" "}
          <Link className={link} href={withNext("/register", next)}>
            {t("registerLink")}
          </Link>
        </li>
        <li>
          <Link className={link} href={withNext("/recovery", next)}>
            {t("forgotPassword")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
