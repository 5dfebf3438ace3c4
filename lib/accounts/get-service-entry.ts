import "server-only";
// What the entry page of a business system shows for one account: refused with a reason, or the
// organisations the account may act for, by name.
import type { Db } from "@/lib/db";
import type { BusinessSystem } from "./business-systems";
import { findOrganisationNames } from "@/lib/db/accounts/find-organisation-names";
import { getServiceAccessFacts } from "@/lib/db/accounts/get-service-access-facts";
import { decideServiceAccess } from "./service-access";

export type ServiceEntry =
  | { allowed: true; organisations: { uscc: string; name: string | null }[] }
  | { allowed: false; reason: "unverified" | "notAuthorised"; realNameStatus: string };

export async function getServiceEntry(options: { db: Db; accountId: number; system: BusinessSystem; now?: Date }): Promise<ServiceEntry> {
  const { db, system } = options;
  const facts = await getServiceAccessFacts({ db, accountId: options.accountId });
  if (!facts) return { allowed: false, reason: "notAuthorised", realNameStatus: "unverified" };
  const access = decideServiceAccess({ account: facts, authorisations: facts.authorisations, system, now: options.now ?? new Date() });
  if (!access.allowed) return { allowed: false, reason: access.reason, realNameStatus: facts.realNameStatus };
  const names = await findOrganisationNames({ db, usccs: access.usccs });
  return { allowed: true, organisations: access.usccs.map((uscc) => ({ uscc, name: names.get(uscc) ?? null })) };
}
