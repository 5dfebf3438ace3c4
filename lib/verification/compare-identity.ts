// The comparison rules of the automatic check, pure: a registry entry (or none) against what the
// user typed. Names are compared after the tidying a careful clerk would do — full-width letters
// and brackets to half-width, spaces trimmed and collapsed, the several middle dots of names such
// as 阿依古丽·买买提 made one — and nothing looser: a different character is a different name.
// The 法人授权信息 rule (source 二 2-2 第四步 asks for it with the rest of 修改法人信息): the
// authorised agent must be given — a name and a mainland mobile — and, where the source knows the
// organisation's agent, match it. The embedded registry holds no agents, so there it is presence only;
// the authorisation letter uploaded for manual review is what staff check the agent against.
import { checkMobile, toHalfWidth } from "@/lib/identifiers";
import type { IdentityCheck } from "./identity-verifier";

export function normaliseName(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[•・‧∙⋅·．]/g, "·")
    .replace(/\s*·\s*/g, "·")
    .replace(/\s+/g, " ")
    .trim();
}

const sameName = (a: string, b: string) => normaliseName(a).toLowerCase() === normaliseName(b).toLowerCase();

const pass: IdentityCheck = { ok: true };

export function comparePerson(entry: { name: string } | null, claim: { name: string }): IdentityCheck {
  if (!entry) return { ok: false, failure: "id-not-found" };
  if (!sameName(entry.name, claim.name)) return { ok: false, failure: "name-mismatch" };
  return pass;
}

export interface OrganisationEntry {
  name: string;
  legalRepName: string | null;
  legalRepIdHash: string | null;
}

/** `agentMatches`: the source's word on the agent — true, false, or null where it does not know them. */
export function compareAgent(claim: { agentName: string; agentMobile: string }, agentMatches: boolean | null): IdentityCheck {
  if (normaliseName(claim.agentName) === "" || !checkMobile(claim.agentMobile).ok) return { ok: false, failure: "agent-missing" };
  if (agentMatches === false) return { ok: false, failure: "agent-mismatch" };
  return pass;
}

/** `legalRepIdHash` is the keyed hash of the typed ID number: the registry keeps only hashes. */
export function compareOrganisation(
  entry: OrganisationEntry | null,
  claim: { orgName: string; legalRepName: string; legalRepIdHash: string; agentName: string; agentMobile: string },
): IdentityCheck {
  if (!entry) return { ok: false, failure: "org-not-found" };
  if (!sameName(entry.name, claim.orgName)) return { ok: false, failure: "org-name-mismatch" };
  if (!entry.legalRepName || !sameName(entry.legalRepName, claim.legalRepName)) return { ok: false, failure: "legal-rep-name-mismatch" };
  if (entry.legalRepIdHash !== claim.legalRepIdHash) return { ok: false, failure: "legal-rep-id-mismatch" };
  return compareAgent(claim, null);
}
