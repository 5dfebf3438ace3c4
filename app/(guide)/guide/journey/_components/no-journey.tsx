// Shown where a journey is needed but this browser has none (never started, expired, restarted).
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NoJourney() {
  const t = await getTranslations("wizard.noJourney");
  const link = "font-bold text-gov-blue underline underline-offset-4";
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("title")}</h1>
      <p>{t("text")}</p>
      <ul className="space-y-2">
        <li>
          <Link className={link} href="/guide">
            {t("lookUp")}
          </Link>
        </li>
        <li>
          <Link className={link} href="/guide/resume">
            {t("resume")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
