import "server-only";
// What 服务事项 shows the logged-in account: who it is, the status of every card, and the
// enterprises' systems it may act in, by organisation name. Null for a visitor not logged in.
import type { Db } from "@/lib/db";
import { findOrganisationNames } from "@/lib/db/accounts/find-organisation-names";
import { getServiceAccessFacts } from "@/lib/db/accounts/get-service-access-facts";
import { BUSINESS_SYSTEMS, type BusinessSystem } from "./business-systems";
import { authorisedSystems, businessSystemStatus, type CardStatus, personalServiceStatus } from "./service-catalogue";

export interface ServicesView {
  type: "natural" | "legal";
  loginName: string;
  realNameStatus: string;
  personal: CardStatus;
  systems: Record<BusinessSystem, CardStatus>;
  authorised: { system: BusinessSystem; uscc: string; name: string | null }[];
}

export async function getServicesView(options: { db: Db; accountId: number; now?: Date }): Promise<ServicesView | null> {
  const { db } = options;
  const now = options.now ?? new Date();
  const facts = await getServiceAccessFacts({ db, accountId: options.accountId });
  if (!facts) return null;
  const viewer = { account: facts, authorisations: facts.authorisations };
  const authorised = authorisedSystems(viewer, now);
  const names = authorised.length ? await findOrganisationNames({ db, usccs: [...new Set(authorised.map((a) => a.uscc))] }) : new Map<string, string | null>();
  return {
    type: facts.type === "legal" ? "legal" : "natural",
    loginName: facts.loginName,
    realNameStatus: facts.realNameStatus,
    personal: personalServiceStatus(viewer),
    systems: Object.fromEntries(BUSINESS_SYSTEMS.map((system) => [system, businessSystemStatus(viewer, system, now)])) as Record<BusinessSystem, CardStatus>,
    authorised: authorised.map((a) => ({ ...a, name: names.get(a.uscc) ?? null })),
  };
}
