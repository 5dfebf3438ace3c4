// The comparison rules of the automatic check, pure: a registry entry (or none) against what the
// user typed. Names are compared after the tidying a careful clerk would do — full-width letters
// and brackets to half-width, spaces trimmed and collapsed, the several middle dots of names such
// as 阿依古丽·买买提 made one — and nothing looser: a different character is a different name.
import { toHalfWidth } from "@/lib/identifiers";
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

/** `legalRepIdHash` is the keyed hash of the typed ID number: the registry keeps only hashes. */
export function compareOrganisation(entry: OrganisationEntry | null, claim: { orgName: string; legalRepName: string; legalRepIdHash: string }): IdentityCheck {
  if (!entry) return { ok: false, failure: "org-not-found" };
  if (!sameName(entry.name, claim.orgName)) return { ok: false, failure: "org-name-mismatch" };
  if (!entry.legalRepName || !sameName(entry.legalRepName, claim.legalRepName)) return { ok: false, failure: "legal-rep-name-mismatch" };
  if (entry.legalRepIdHash !== claim.legalRepIdHash) return { ok: false, failure: "legal-rep-id-mismatch" };
  return pass;
}
