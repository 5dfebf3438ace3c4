import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideServiceAccess, isAuthorisationValid } from "./service-access";

const now = new Date("2026-11-29T08:00:00Z");
const day = 24 * 60 * 60 * 1000;
const uscc = "91110108MA01ET88XL";
const natural = { type: "natural", realNameStatus: "verified", uscc: null };
const grant = (over: Partial<{ system: string; validFrom: Date; validTo: Date | null }> = {}) => ({
  uscc,
  system: "gaoqi",
  validFrom: new Date(now.getTime() - day),
  validTo: null,
  ...over,
});

describe("decideServiceAccess", () => {
  it("lets a verified legal account in for its own organisation", () => {
    const account = { type: "legal", realNameStatus: "verified", uscc };
    expect(decideServiceAccess({ account, authorisations: [], system: "kexiao", now })).toEqual({ allowed: true, usccs: [uscc] });
  });
  it("refuses any account that is not verified", () => {
    for (const realNameStatus of ["unverified", "pending", "failed"]) {
      const account = { type: "legal", realNameStatus, uscc };
      expect(decideServiceAccess({ account, authorisations: [], system: "gaoqi", now })).toEqual({ allowed: false, reason: "unverified" });
      expect(decideServiceAccess({ account: { ...natural, realNameStatus }, authorisations: [grant()], system: "gaoqi", now }).allowed).toBe(false);
    }
  });
  it("lets an authorised natural account in for the organisation of the grant (E-R4)", () => {
    expect(decideServiceAccess({ account: natural, authorisations: [grant()], system: "gaoqi", now })).toEqual({ allowed: true, usccs: [uscc] });
  });
  it("needs a grant for the system asked for", () => {
    expect(decideServiceAccess({ account: natural, authorisations: [grant()], system: "kexiao", now })).toEqual({
      allowed: false,
      reason: "notAuthorised",
    });
  });
  it("never counts a grant staff revoked, whatever its dates", () => {
    const revoked = { ...grant(), revokedAt: new Date(now.getTime() - day) };
    expect(isAuthorisationValid(revoked, now)).toBe(false);
    expect(decideServiceAccess({ account: natural, authorisations: [revoked], system: "gaoqi", now })).toEqual({ allowed: false, reason: "notAuthorised" });
    expect(decideServiceAccess({ account: natural, authorisations: [revoked, grant()], system: "gaoqi", now }).allowed).toBe(true);
  });
  it("respects the grant's dates: validFrom included, validTo excluded", () => {
    const starts = grant({ validFrom: now });
    const ends = grant({ validTo: now });
    const future = grant({ validFrom: new Date(now.getTime() + 1) });
    expect(decideServiceAccess({ account: natural, authorisations: [starts], system: "gaoqi", now }).allowed).toBe(true);
    expect(decideServiceAccess({ account: natural, authorisations: [ends], system: "gaoqi", now }).allowed).toBe(false);
    expect(decideServiceAccess({ account: natural, authorisations: [future], system: "gaoqi", now }).allowed).toBe(false);
  });
});

describe("isAuthorisationValid", () => {
  it("holds exactly inside [validFrom, validTo)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10 * day, max: 10 * day }), fc.integer({ min: 1, max: 10 * day }), (fromOffset, length) => {
        const validFrom = new Date(now.getTime() + fromOffset);
        const validTo = new Date(validFrom.getTime() + length);
        const inside = validFrom.getTime() <= now.getTime() && now.getTime() < validTo.getTime();
        expect(isAuthorisationValid({ uscc, system: "gaoqi", validFrom, validTo }, now)).toBe(inside);
      }),
    );
  });
});
