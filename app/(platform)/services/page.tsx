import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BUSINESS_SYSTEMS } from "@/lib/accounts/business-systems";
import { getServicesView } from "@/lib/accounts/get-services-view";
import { safeNextPath } from "@/lib/accounts/notices";
import { catalogueAudience, PERSONAL_SERVICE, type ServiceAudience } from "@/lib/accounts/service-catalogue";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { AudienceTabs } from "./_components/audience-tabs";
import { AuthorisedSystems } from "./_components/authorised-systems";
import { ServiceCard } from "./_components/service-card";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.services"))("title") };
}

/** The journey step that linked here, to go back to (only a step of the guide). */
function journeyStep(value: string | string[] | undefined): string | null {
  const path = safeNextPath(value);
  return path?.startsWith("/guide/journey/") ? path : null;
}

/**
 * 服务事项 → 按用户 → 自然人 / 法人单位 (source FAQ 2; 2-1 / 2-2 "认证后进行相关业务操作"). The catalogue
 * is public; each card tells the logged-in account whether it can enter, so no role meets a dead end.
 */
export default async function ServicesPage({ searchParams }: Props) {
  const params = await searchParams;
  const session = await getCurrentSession();
  const view = session ? await getServicesView({ db: db(), accountId: session.accountId }) : null;
  const step = journeyStep(params.next);
  const requested = typeof params.for === "string" ? params.for : undefined;
  const audience = catalogueAudience({ requested, accountType: view?.type ?? null, fromStep: step });
  const query = (a: ServiceAudience) => `?for=${a}${step ? `&next=${encodeURIComponent(step)}` : ""}`;
  const t = await getTranslations();
  const audienceName = t(`services.audiences.${audience}`);
  return (
    <div className="space-y-6">
      <nav aria-label={t("platform.services.title")} className="text-muted">
        <ol className="flex flex-wrap gap-2">
          <li>{t("platform.services.title")} ›</li>
          <li>{t("services.byUser")} ›</li>
          <li aria-current="page" className="font-bold text-ink">
            {audienceName}
          </li>
        </ol>
      </nav>
      {step ? (
        <p>
          <Link className="text-gov-blue underline underline-offset-4" href={step}>
            {t("services.backToStep")}
          </Link>
        </p>
      ) : null}
      <AudienceTabs audience={audience} query={query} />
      <h1 className="text-2xl font-bold text-gov-blue">{audienceName}</h1>
      <p>{t(`services.leads.${audience}`)}</p>
      {view ? (
        <p data-testid="services-viewer">
          {t("services.youAre", { type: t(`services.accountTypes.${view.type}`), name: view.loginName, status: t(`platform.realNameStatus.${view.realNameStatus as "verified"}`) })}
        </p>
      ) : null}
      {audience === "natural" ? (
        <>
          <ul className="grid gap-4 md:grid-cols-2">
            <ServiceCard name={t("services.personal.name")} description={t("services.personal.description")} href={`/services/${PERSONAL_SERVICE}`} status={view?.personal ?? "logIn"} audience="natural" />
          </ul>
          <AuthorisedSystems authorised={view?.authorised ?? null} legalHref={`/services${query("legal")}`} />
        </>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {BUSINESS_SYSTEMS.map((system) => (
            <ServiceCard
              key={system}
              name={t(`platform.services.systems.${system}.name`)}
              description={t(`platform.services.systems.${system}.description`)}
              href={`/services/${system}`}
              status={view?.systems[system] ?? "logIn"}
              audience="legal"
            />
          ))}
        </ul>
      )}
    </div>
  );
}
