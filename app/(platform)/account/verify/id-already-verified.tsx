"use client";
// One ID → one verified account (source 2-2 第四种): the ways forward when the number is taken.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function IdAlreadyVerified() {
  const t = useTranslations("verification.idAlreadyVerified");
  const link = "font-bold text-gov-blue underline underline-offset-4";
  return (
    <div role="alert" className="mb-6 rounded border-4 border-gov-red p-4" data-testid="id-already-verified">
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      <p>{t("text")}</p>
      <ul className="my-2 list-disc space-y-1 pl-6">
        <li>
          <Link className={link} href="/login/natural">
            {t("login")}
          </Link>
        </li>
        <li>
          <Link className={link} href="/recovery/appeal/natural">
            {t("appeal")}
          </Link>
        </li>
      </ul>
      <p>{t("phone")}</p>
    </div>
  );
}
