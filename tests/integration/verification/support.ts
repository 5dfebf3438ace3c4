// Registry rows and accounts for the verification tests: real rows, hashed as registry:import does.
import { keyedHash } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { residentIdCheckDigit } from "@/lib/identifiers";
import { makeAccount } from "../accounts/factories";
import { validUscc } from "../../support/factories";

let serial = 0;

/** A valid resident ID number, different on every call. */
export function residentId(): string {
  serial += 1;
  const first17 = `11010519900101${String(serial % 1000).padStart(3, "0")}`;
  return first17 + residentIdCheckDigit(first17);
}

export function registerPerson(db: Db, name: string, id: string) {
  return db.registryEntry.create({ data: { kind: "person", idHash: keyedHash(id), name }, select: { id: true } });
}

export function registerOrganisation(db: Db, spec: { uscc: string; name: string; legalRepName: string; legalRepId: string }) {
  return db.registryEntry.create({
    data: { kind: "organisation", idHash: keyedHash(spec.uscc), name: spec.name, legalRepName: spec.legalRepName, legalRepIdHash: keyedHash(spec.legalRepId) },
    select: { id: true },
  });
}

export function naturalAccount(db: Db) {
  return makeAccount(db, { type: "natural", reservedMobile: "13900001111" });
}

export function legalAccount(db: Db, orgName = "北京星火科技有限公司") {
  return makeAccount(db, { type: "legal", uscc: validUscc(), orgName, reservedMobile: "13900002222" });
}

export const accountRow = (db: Db, id: number) =>
  db.platformAccount.findUniqueOrThrow({
    where: { id },
    select: {
      realNameStatus: true, realNameFailure: true, personName: true, idType: true, idNumberEnc: true, idNumberHash: true, verifiedIdHash: true,
      orgName: true, uscc: true, agentName: true, agentMobile: true, legalRepName: true, legalRepIdEnc: true, legalRepIdHash: true,
    },
  });
