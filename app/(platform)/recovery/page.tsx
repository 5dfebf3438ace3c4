import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Until the online reset and appeal flows land (issue 7), this page gives the source's own
// instructions (section 三 密码找回) and the support phone, so the login page's link never dead-ends.
export default async function RecoveryPage() {
  const t = await getTranslations("recovery");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("lead")}</p>
      <section aria-labelledby="reset-heading" className="space-y-2">
        <h2 id="reset-heading" className="text-xl font-bold">
          {t("resetHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("resetNatural")}</li>
          <li>{t("resetLegal")}</li>
        </ul>
      </section>
      <section aria-labelledby="appeal-heading" className="space-y-2">
        <h2 id="appeal-heading" className="text-xl font-bold">
          {t("appealHeading")}
        </h2>
        <p>{t("appealText")}</p>
      </section>
      <p className="font-bold">{t("phone")}</p>
      <Link className="text-gov-blue underline" href="/login">
        {t("back")}
      </Link>
    </div>
  );
}
