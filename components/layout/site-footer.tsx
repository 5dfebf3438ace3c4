import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const site = await getTranslations("site");
  return (
    <footer className="mt-12 border-t-4 border-gov-red bg-gray-100 text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm">
        <p>
          {site("labelled", { label: t("supportPhoneLabel") })}
          <a className="font-bold text-gov-blue" href={`tel:${t("supportPhone")}`}>
            {t("supportPhone")}
          </a>
        </p>
        <p>
          {t("note")}{" "}
          <Link className="text-gov-blue underline underline-offset-4" href="/faq">
            {(await getTranslations("nav"))("faq")}
          </Link>
        </p>
        <p>{t("organiser")}</p>
      </div>
    </footer>
  );
}
