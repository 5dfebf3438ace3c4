// The seam for automatic real-name checks (issue 6 §1): the platform asks "does this person /
// organisation exist with these details?" and learns only WHICH PART did not match, never what
// the registry holds. The embedded default compares with RegistryEntry (registry:import);
// IDENTITY_VERIFIER=http asks an authoritative source over HTTP (http-identity-verifier.ts).

/** The parts a check can find wrong, in the order they are checked; stable codes (PlatformAccount.realNameFailure). */
export const REAL_NAME_FAILURES = [
  "id-not-found",
  "name-mismatch",
  "org-not-found",
  "org-name-mismatch",
  "legal-rep-name-mismatch",
  "legal-rep-id-mismatch",
  // 法人授权信息: the authorised agent (经办人) must be given, and match where the source knows them.
  "agent-missing",
  "agent-mismatch",
  // Not a mismatch: a passport or other non-resident ID cannot be checked automatically.
  "not-checkable",
  // Not a mismatch either: the source did not answer. Try later or upload documents; never 认证失败.
  "service-unavailable",
] as const;
export type RealNameFailure = (typeof REAL_NAME_FAILURES)[number];

export interface PersonClaim {
  name: string;
  /** Normalised, valid resident ID number. */
  residentId: string;
}

export interface OrganisationClaim {
  orgName: string;
  /** Normalised USCC. */
  uscc: string;
  legalRepName: string;
  /** Normalised, valid resident ID number of the legal representative. */
  legalRepId: string;
  /** 法人授权信息: the agent acting for the organisation, and their normalised mobile. */
  agentName: string;
  agentMobile: string;
}

export type IdentityCheck = { ok: true } | { ok: false; failure: RealNameFailure };

export interface IdentityVerifier {
  checkPerson(claim: PersonClaim): Promise<IdentityCheck>;
  checkOrganisation(claim: OrganisationClaim): Promise<IdentityCheck>;
}

export const SERVICE_UNAVAILABLE: IdentityCheck = { ok: false, failure: "service-unavailable" };

export function isServiceUnavailable(check: IdentityCheck): boolean {
  return !check.ok && check.failure === "service-unavailable";
}

export function isRealNameFailure(value: string | null | undefined): value is RealNameFailure {
  return typeof value === "string" && (REAL_NAME_FAILURES as readonly string[]).includes(value);
}
