// /faq: 常见问题 — the source's three questions and answers (四、常见问题), each with a link to
// where it is done, linked from every journey step and from the header and footer.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("faq"))("metaTitle") };
}

const ITEMS = [
  { key: "loginRefused", href: "/recovery", link: "recovery" },
  { key: "businessSystems", href: "/services", link: "services" },
  { key: "legalVerification", href: "/account", link: "account" },
] as const;

export default async function FaqPage() {
  const t = await getTranslations("faq");
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("title")}</h1>
      <p>{t("lead")}</p>
      <dl className="space-y-6">
        {ITEMS.map(({ key, href, link: linkKey }, index) => (
          <div key={key} className="space-y-1">
            <dt className="text-xl font-bold">
              {t("numbered", { number: index + 1 })}
              {t("questionPrefix")}
              {t(`items.${key}.question`)}
            </dt>
            <dd>
              {t("answerPrefix")}
              {t(`items.${key}.answer`)}
            </dd>
            <dd>
              <Link className={link} href={href}>
                {t(`links.${linkKey}`)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        {t("phone", { phone: (await getTranslations("footer"))("supportPhone") })}
      </p>
      <p>
        <Link className={link} href="/guide/journey" prefetch={false}>
          {t("journey")}
        </Link>
      </p>
    </article>
  );
}
