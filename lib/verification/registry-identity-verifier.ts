import "server-only";
// The default IdentityVerifier: the embedded identity registry (RegistryEntry, loaded by
// `registry:import`). Entries are found by the keyed hash of the ID number or USCC, as stored.
import { keyedHash } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { compareOrganisation, comparePerson } from "./compare-identity";
import type { IdentityCheck, IdentityVerifier, OrganisationClaim, PersonClaim } from "./identity-verifier";

export class RegistryIdentityVerifier implements IdentityVerifier {
  constructor(private readonly db: Db) {}

  async checkPerson(claim: PersonClaim): Promise<IdentityCheck> {
    const entry = await this.db.registryEntry.findUnique({
      where: { kind_idHash: { kind: "person", idHash: keyedHash(claim.residentId) } },
      select: { name: true },
    });
    return comparePerson(entry, claim);
  }

  async checkOrganisation(claim: OrganisationClaim): Promise<IdentityCheck> {
    const entry = await this.db.registryEntry.findUnique({
      where: { kind_idHash: { kind: "organisation", idHash: keyedHash(claim.uscc) } },
      select: { name: true, legalRepName: true, legalRepIdHash: true },
    });
    return compareOrganisation(entry, { ...claim, legalRepIdHash: keyedHash(claim.legalRepId) });
  }
}
