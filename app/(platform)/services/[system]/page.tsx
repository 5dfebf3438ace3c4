import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isBusinessSystem } from "@/lib/accounts/business-systems";
import { getServiceEntry } from "@/lib/accounts/get-service-entry";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { loginPath } from "@/lib/sessions/login-redirect";

type Props = {
  params: Promise<{ system: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { system } = await params;
  if (!isBusinessSystem(system)) return {};
  const t = await getTranslations("platform.services");
  return { title: t("entryTitle", { system: t(`systems.${system}.name`) }) };
}

/** The entry of a business system: names the organisation and the system (issue 5 §7). */
export default async function ServiceEntryPage({ params, searchParams }: Props) {
  const { system } = await params;
  if (!isBusinessSystem(system)) notFound();
  const session = await getCurrentSession();
  if (!session) redirect(await loginPath(`/services/${system}`));
  const t = await getTranslations("platform.services");
  const site = await getTranslations("site");
  const systemName = t(`systems.${system}.name`);
  const entry = await getServiceEntry({ db: db(), accountId: session.accountId, system });
  const link = "text-gov-blue underline underline-offset-4";

  if (!entry.allowed) {
    const status = (await getTranslations("platform.realNameStatus"))(entry.realNameStatus as "unverified");
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-gov-blue">{t(entry.reason === "unverified" ? "unverifiedTitle" : "notAuthorisedTitle")}</h1>
        <p>{entry.reason === "unverified" ? t("unverifiedText", { status }) : t("notAuthorisedText", { system: systemName })}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          {entry.reason === "unverified" ? (
            <Link className={`${link} font-bold`} href={`/account/verify?next=/services/${system}`}>
              {t("verifyNow")}
            </Link>
          ) : (
            <Link className={`${link} font-bold`} href="/services?for=natural">
              {(await getTranslations("services"))("seeNatural")}
            </Link>
          )}
          <Link className={link} href="/account">
            {(await getTranslations("platform.nav"))("myInfo")}
          </Link>
        </p>
      </div>
    );
  }

  const wanted = (await searchParams).org;
  const chosen = entry.organisations.length === 1 ? entry.organisations[0] : entry.organisations.find((o) => o.uscc === wanted);
  if (!chosen) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-gov-blue">{t("entryTitle", { system: systemName })}</h1>
        <p>{t("entryChoose", { system: systemName })}</p>
        <ul className="list-disc space-y-2 pl-6">
          {entry.organisations.map((o) => (
            <li key={o.uscc}>
              <Link className={link} href={`/services/${system}?org=${o.uscc}`}>
                {site("withAside", { text: o.name ?? t("unknownOrg"), aside: o.uscc })}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-gov-blue">{t("entryTitle", { system: systemName })}</h1>
      <dl className="rounded border-2 border-gov-blue p-4">
        <dt className="text-muted">{t("entryActingAs")}</dt>
        <dd className="text-xl font-bold" data-testid="entry-organisation">
          {chosen.name ?? t("unknownOrg")}
        </dd>
        <dd>{chosen.uscc}</dd>
      </dl>
      <p>{t("entryFor", { org: chosen.name ?? t("unknownOrg"), uscc: chosen.uscc, system: systemName })}</p>
      <p className="text-muted">{t("entryOutside")}</p>
    </div>
  );
}
