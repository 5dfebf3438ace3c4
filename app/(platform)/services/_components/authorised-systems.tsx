import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ServicesView } from "@/lib/accounts/get-services-view";

/** On 自然人: the enterprises' systems this account may act in (E-R4), or how one gets there. */
export async function AuthorisedSystems({ authorised, legalHref }: { authorised: ServicesView["authorised"] | null; legalHref: string }) {
  const t = await getTranslations();
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <section aria-labelledby="for-enterprise" className="space-y-3">
      <h2 id="for-enterprise" className="text-xl font-bold">
        {t("services.forEnterprise.title")}
      </h2>
      {authorised && authorised.length > 0 ? (
        <>
          <p>{t("services.forEnterprise.authorisedLead")}</p>
          <ul className="space-y-2">
            {authorised.map(({ system, uscc, name }) => {
              const systemName = t(`platform.services.systems.${system}.name`);
              return (
                <li key={`${system}-${uscc}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border-2 border-green-700 p-3">
                  <span className="font-bold">{t("services.forEnterprise.item", { system: systemName, org: name ?? t("platform.services.unknownOrg") })}</span>
                  <Link className={`${link} font-bold`} href={`/services/${system}?org=${uscc}`} aria-label={`${systemName} ${t("platform.services.enter")}`}>
                    {t("platform.services.enter")}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>
          {t("services.forEnterprise.none")}{" "}
          <Link className={link} href={legalHref}>
            {t("services.forEnterprise.legalLink")}
          </Link>
        </p>
      )}
    </section>
  );
}
