import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("home");
  const steps = ["step1", "step2", "step3", "step4"] as const;
  return (
    <div className="space-y-8">
      <section aria-labelledby="home-heading" className="space-y-4">
        <h1 id="home-heading" className="text-2xl font-bold text-gov-blue sm:text-3xl">
          {t("heading")}
        </h1>
        <p className="max-w-3xl">{t("lead")}</p>
        <Link
          href="/guide"
          className="inline-block rounded bg-gov-red px-6 py-3 text-lg font-bold text-white hover:bg-red-800"
        >
          {t("start")}
        </Link>
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="who-heading" className="rounded border border-gray-300 p-4">
          <h2 id="who-heading" className="mb-2 text-xl font-bold">
            {t("whoHeading")}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            <li>{t("whoEnterprise")}</li>
            <li>{t("whoPersonal")}</li>
          </ul>
        </section>
        <section aria-labelledby="steps-heading" className="rounded border border-gray-300 p-4">
          <h2 id="steps-heading" className="mb-2 text-xl font-bold">
            {t("stepsHeading")}
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {steps.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ol>
        </section>
      </div>
      <section aria-labelledby="help-heading">
        <h2 id="help-heading" className="mb-2 text-xl font-bold">
          {t("helpHeading")}
        </h2>
        <p>{t("helpText")}</p>
      </section>
    </div>
  );
}
