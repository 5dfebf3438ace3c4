import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery"))("title") };
}

const link = "text-gov-blue underline underline-offset-4";

function Choice({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <li className="rounded border-2 border-gray-300 p-4 hover:border-gov-blue">
      <h3 className="mb-1 text-lg font-bold">
        <Link href={href} className={link}>
          {title}
        </Link>
      </h3>
      <p>{text}</p>
    </li>
  );
}

/**
 * 忘记密码 (seed 三): the ways back into an account — 登录名重置密码 first, as the source gives it; then
 * the login-name hint, which needs no review, before the appeals, which do.
 */
export default async function RecoveryPage() {
  const t = await getTranslations("recovery");
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
        <p>{t("lead")}</p>
      </div>
      <section aria-labelledby="reset-heading" className="space-y-3">
        <h2 id="reset-heading" className="text-xl font-bold">
          {t("resetHeading")}
        </h2>
        <p>{t("resetText")}</p>
        <ul className="grid gap-4 sm:grid-cols-2">
          <Choice href="/recovery/reset/natural" title={t("reset.naturalTitle")} text={t("resetNatural")} />
          <Choice href="/recovery/reset/legal" title={t("reset.legalTitle")} text={t("resetLegal")} />
        </ul>
      </section>
      <section aria-labelledby="hint-heading" className="space-y-3">
        <h2 id="hint-heading" className="text-xl font-bold">
          {t("hintHeading")}
        </h2>
        <p>
          {t("hintText")}{" "}
          <Link href="/recovery/hint" className={link}>
            {t("hintLink")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="appeal-heading" className="space-y-3">
        <h2 id="appeal-heading" className="text-xl font-bold">
          {t("appealHeading")}
        </h2>
        <p>{t("appealText")}</p>
        <ul className="grid gap-4 sm:grid-cols-2">
          <Choice href="/recovery/appeal/natural" title={t("appealNaturalLink")} text={t("appealNatural")} />
          <Choice href="/recovery/appeal/legal" title={t("appealLegalLink")} text={t("appealLegal")} />
        </ul>
        <p>
          <Link href="/recovery/status" className={link}>
            {t("statusLink")}
          </Link>
          {t("statusText")}
        </p>
      </section>
      <p className="font-bold">{t("phone")}</p>
      <Link className={link} href="/login">
        {t("back")}
      </Link>
    </div>
  );
}
