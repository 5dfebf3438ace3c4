// Who may enter a business system, and for which organisation (issue 5 §7): a logged-in,
// real-name verified account that is the organisation's legal account, or a verified natural
// account with an authorisation for that system that is valid now (E-R4) and not revoked by staff.
import type { BusinessSystem } from "./business-systems";

export interface AccessAccount {
  type: string;
  realNameStatus: string;
  uscc: string | null;
}

export interface AccessAuthorisation {
  uscc: string;
  system: string;
  validFrom: Date;
  validTo: Date | null;
  /** Set when staff revoked it (the row stays for history); a revoked grant never authorises. */
  revokedAt?: Date | null;
}

export type ServiceAccess =
  | { allowed: true; usccs: string[] }
  | { allowed: false; reason: "unverified" | "notAuthorised" };

export function isAuthorisationValid(authorisation: AccessAuthorisation, now: Date): boolean {
  const t = now.getTime();
  if (authorisation.revokedAt) return false;
  return authorisation.validFrom.getTime() <= t && (authorisation.validTo === null || t < authorisation.validTo.getTime());
}

export function decideServiceAccess(input: {
  account: AccessAccount;
  authorisations: AccessAuthorisation[];
  system: BusinessSystem;
  now: Date;
}): ServiceAccess {
  const { account, system, now } = input;
  if (account.realNameStatus !== "verified") return { allowed: false, reason: "unverified" };
  if (account.type === "legal") {
    return account.uscc ? { allowed: true, usccs: [account.uscc] } : { allowed: false, reason: "notAuthorised" };
  }
  const usccs = input.authorisations
    .filter((a) => a.system === system && isAuthorisationValid(a, now))
    .map((a) => a.uscc);
  const unique = [...new Set(usccs)].sort();
  return unique.length > 0 ? { allowed: true, usccs: unique } : { allowed: false, reason: "notAuthorised" };
}
