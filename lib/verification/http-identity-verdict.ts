// What the HTTP identity source answers (README "Identity source"), and what that means for the
// check — pure. Like the registry, the source gives verdicts per part, never its records: the
// platform learns which part did not match, not what the authority holds.
import { z } from "zod";
import { compareAgent } from "./compare-identity";
import type { IdentityCheck } from "./identity-verifier";

export const personVerdictSchema = z.object({
  found: z.boolean(),
  nameMatches: z.boolean().optional(),
});

export const organisationVerdictSchema = z.object({
  found: z.boolean(),
  nameMatches: z.boolean().optional(),
  legalRepNameMatches: z.boolean().optional(),
  legalRepIdMatches: z.boolean().optional(),
  /** null or absent: the source does not know the organisation's authorised agent. */
  agentMatches: z.boolean().nullable().optional(),
});

export type PersonVerdict = z.output<typeof personVerdictSchema>;
export type OrganisationVerdict = z.output<typeof organisationVerdictSchema>;

// A part the source did not confirm counts as not matching: silence is no proof.
export function personCheck(verdict: PersonVerdict): IdentityCheck {
  if (!verdict.found) return { ok: false, failure: "id-not-found" };
  if (verdict.nameMatches !== true) return { ok: false, failure: "name-mismatch" };
  return { ok: true };
}

export function organisationCheck(verdict: OrganisationVerdict, claim: { agentName: string; agentMobile: string }): IdentityCheck {
  if (!verdict.found) return { ok: false, failure: "org-not-found" };
  if (verdict.nameMatches !== true) return { ok: false, failure: "org-name-mismatch" };
  if (verdict.legalRepNameMatches !== true) return { ok: false, failure: "legal-rep-name-mismatch" };
  if (verdict.legalRepIdMatches !== true) return { ok: false, failure: "legal-rep-id-mismatch" };
  return compareAgent(claim, verdict.agentMatches ?? null);
}
