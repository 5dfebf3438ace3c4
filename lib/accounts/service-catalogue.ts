// 服务事项 → 按用户 → 自然人 / 法人单位: what the catalogue shows each visitor. Every card says
// whether the visitor's own account can use it and, if not, what would let it — so that neither
// a person nor an enterprise meets a dead end (issue 14 §4). Pure; the page reads the facts.
import { BUSINESS_SYSTEMS, type BusinessSystem } from "./business-systems";
import { type AccessAccount, type AccessAuthorisation, decideServiceAccess } from "./service-access";

/** The two audiences of 按用户. */
export const SERVICE_AUDIENCES = ["natural", "legal"] as const;
export type ServiceAudience = (typeof SERVICE_AUDIENCES)[number];

/** A person's own business (source 2-1 / 2-2: "认证后进行相关业务操作"), entered at /services/personal. */
export const PERSONAL_SERVICE = "personal";

export type CardStatus =
  /** Nobody is logged in: which account to log in with is on the card. */
  | "logIn"
  /** The account is not real-name verified yet. */
  | "verify"
  /** The account can enter now. */
  | "open"
  /** A natural account without the enterprise's authorisation for this system. */
  | "needsAuthorisation"
  /** A legal account at a person's service. */
  | "naturalOnly";

export interface Viewer {
  account: AccessAccount;
  authorisations: AccessAuthorisation[];
}

export function personalServiceStatus(viewer: Viewer | null): CardStatus {
  if (!viewer) return "logIn";
  if (viewer.account.type !== "natural") return "naturalOnly";
  return viewer.account.realNameStatus === "verified" ? "open" : "verify";
}

export function businessSystemStatus(viewer: Viewer | null, system: BusinessSystem, now: Date): CardStatus {
  if (!viewer) return "logIn";
  const access = decideServiceAccess({ account: viewer.account, authorisations: viewer.authorisations, system, now });
  if (access.allowed) return "open";
  return access.reason === "unverified" ? "verify" : "needsAuthorisation";
}

/** The enterprises' systems a natural account may act in now, by organisation (E-R4 and other grants). */
export function authorisedSystems(viewer: Viewer | null, now: Date): { system: BusinessSystem; uscc: string }[] {
  if (!viewer || viewer.account.type !== "natural") return [];
  return BUSINESS_SYSTEMS.flatMap((system) => {
    const access = decideServiceAccess({ account: viewer.account, authorisations: viewer.authorisations, system, now });
    return access.allowed ? access.usccs.map((uscc) => ({ system, uscc })) : [];
  });
}

/**
 * Which audience the catalogue opens on: the one asked for; else the logged-in account's own; else
 * the one of the journey step that linked here (a personal journey ends at 自然人); else 法人单位,
 * where the source's FAQ sends enterprises.
 */
export function catalogueAudience(options: { requested: string | undefined; accountType: string | null; fromStep: string | null }): ServiceAudience {
  const { requested, accountType, fromStep } = options;
  if (requested === "natural" || requested === "legal") return requested;
  if (accountType === "natural" || accountType === "legal") return accountType;
  return fromStep === "/guide/journey/personal-services" ? "natural" : "legal";
}
