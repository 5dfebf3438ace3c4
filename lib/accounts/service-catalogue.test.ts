import { describe, expect, it } from "vitest";
import { authorisedSystems, businessSystemStatus, catalogueAudience, personalServiceStatus, type Viewer } from "./service-catalogue";

const now = new Date("2026-12-04T08:00:00Z");
const uscc = "91110108MA01ER400L";
const viewer = (type: string, realNameStatus: string, systems: string[] = []): Viewer => ({
  account: { type, realNameStatus, uscc: type === "legal" ? uscc : null },
  authorisations: systems.map((system) => ({ uscc, system, validFrom: new Date(now.getTime() - 1000), validTo: null })),
});

describe("the catalogue for each kind of visitor", () => {
  it("asks a visitor who is not logged in to log in, at every card", () => {
    expect(personalServiceStatus(null)).toBe("logIn");
    expect(businessSystemStatus(null, "gaoqi", now)).toBe("logIn");
    expect(authorisedSystems(null, now)).toEqual([]);
  });

  it("opens the person's own service to a verified natural account (P-* journeys end here)", () => {
    expect(personalServiceStatus(viewer("natural", "verified"))).toBe("open");
    expect(personalServiceStatus(viewer("natural", "unverified"))).toBe("verify");
    expect(personalServiceStatus(viewer("legal", "verified"))).toBe("naturalOnly");
  });

  it("tells a natural account without a grant that enterprise systems need one", () => {
    expect(businessSystemStatus(viewer("natural", "verified"), "gaoqi", now)).toBe("needsAuthorisation");
    expect(businessSystemStatus(viewer("natural", "pending", ["gaoqi"]), "gaoqi", now)).toBe("verify");
  });

  it("lists the enterprise systems an E-R4 account holds, once verified", () => {
    const er4 = viewer("natural", "verified", ["gaoqi", "kexiao"]);
    expect(businessSystemStatus(er4, "kexiao", now)).toBe("open");
    expect(authorisedSystems(er4, now)).toEqual([
      { system: "gaoqi", uscc },
      { system: "kexiao", uscc },
    ]);
    expect(authorisedSystems(viewer("natural", "unverified", ["gaoqi"]), now)).toEqual([]);
    expect(authorisedSystems(viewer("legal", "verified"), now)).toEqual([]);
  });

  it("opens on the audience asked for, else the account's, else the journey's, else 法人单位", () => {
    expect(catalogueAudience({ requested: "legal", accountType: "natural", fromStep: null })).toBe("legal");
    expect(catalogueAudience({ requested: "x", accountType: "natural", fromStep: null })).toBe("natural");
    expect(catalogueAudience({ requested: undefined, accountType: null, fromStep: "/guide/journey/personal-services" })).toBe("natural");
    expect(catalogueAudience({ requested: undefined, accountType: null, fromStep: "/guide/journey/enter-systems" })).toBe("legal");
    expect(catalogueAudience({ requested: undefined, accountType: null, fromStep: null })).toBe("legal");
  });
});
