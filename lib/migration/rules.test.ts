import { describe, expect, it } from "vitest";
import { InMemoryPlatform, type ModelAccount } from "./in-memory-platform";
import { MIGRATION_OUTCOME_CODES, OUTCOME_CODES, WINDOW_BY_OUTCOME } from "./outcomes";
import { resolveEnterpriseOutcome, resolvePersonalOutcome, resolveUnregisteredEnterprise, resolveUnregisteredPersonal } from "./rules";

const U = "91110108MA01ET88XL";
const P = "13800138000";
const CONTACT = "13900139000";
let nextId = 1;

function account(fields: Partial<ModelAccount> & Pick<ModelAccount, "type" | "loginName">): ModelAccount {
  return {
    id: nextId++,
    reservedMobile: null,
    uscc: null,
    realNameStatus: "unverified",
    passwordHash: "md5:0",
    personName: null,
    orgName: null,
    origin: "imported",
    ...fields,
  };
}
const world = (...accounts: ModelAccount[]) => new InMemoryPlatform(accounts);
const enterprise = (view: InMemoryPlatform) => resolveEnterpriseOutcome({ kind: "enterprise", username: U, contactMobile: CONTACT }, view);
const personal = (view: InMemoryPlatform) => resolvePersonalOutcome({ kind: "personal", username: P, contactMobile: null }, view);

describe("outcome codes", () => {
  it("lists the 13 codes of domain.md §3 once each, migration codes among them", () => {
    expect(OUTCOME_CODES).toHaveLength(13);
    expect(new Set(OUTCOME_CODES).size).toBe(13);
    for (const code of MIGRATION_OUTCOME_CODES) expect(OUTCOME_CODES).toContain(code);
  });

  it("gives each outcome its window", () => {
    const legal = OUTCOME_CODES.filter((c) => WINDOW_BY_OUTCOME[c] === "legal");
    const natural = OUTCOME_CODES.filter((c) => WINDOW_BY_OUTCOME[c] === "natural");
    expect(legal).toEqual(["E-U2", "E-R1", "E-R2", "E-R3"]);
    expect(natural).toEqual(["E-R4", "P-U2", "P-R1", "P-R2", "P-R3"]);
  });
});

describe("enterprise Torch account (§4, checked in order)", () => {
  it("E-R1: nothing on the platform → legal account U with the contact mobile", () => {
    expect(enterprise(world())).toEqual({
      outcome: "E-R1",
      loginName: U,
      window: "legal",
      create: { type: "legal", loginName: U, reservedMobile: CONTACT, uscc: U },
    });
  });

  it("E-R2: own legal account named U, in any case → nothing created", () => {
    const own = account({ type: "legal", loginName: U.toLowerCase(), uscc: U });
    expect(enterprise(world(own))).toEqual({ outcome: "E-R2", loginName: U.toLowerCase(), window: "legal", existingAccountId: own.id });
  });

  it("E-R3: U taken by a natural account → legal account HJ_U", () => {
    const decision = enterprise(world(account({ type: "natural", loginName: U })));
    expect(decision).toMatchObject({ outcome: "E-R3", loginName: `HJ_${U}`, window: "legal" });
    expect(decision.create).toEqual({ type: "legal", loginName: `HJ_${U}`, reservedMobile: CONTACT, uscc: U });
  });

  it("E-R3: U taken case-insensitively, by another organisation's legal account", () => {
    const other = account({ type: "legal", loginName: U.toLowerCase(), uscc: "91310000MA1FL8KQ0B" });
    expect(enterprise(world(other)).outcome).toBe("E-R3");
  });

  it("E-R3: a natural account named U with the enterprise's contact mobile is not own", () => {
    expect(enterprise(world(account({ type: "natural", loginName: U, reservedMobile: CONTACT }))).outcome).toBe("E-R3");
  });

  it("E-R4: own legal account with another name → natural account U authorised for gaoqi and kexiao", () => {
    const decision = enterprise(world(account({ type: "legal", loginName: "acme2019", uscc: U })));
    expect(decision).toEqual({
      outcome: "E-R4",
      loginName: U,
      window: "natural",
      create: { type: "natural", loginName: U, reservedMobile: CONTACT, authorise: { uscc: U, systems: ["gaoqi", "kexiao"] } },
    });
  });

  it("E-R4 beats E-R3: own legal account with another name AND U taken by someone → HJ_U", () => {
    const decision = enterprise(world(account({ type: "legal", loginName: "acme2019", uscc: U }), account({ type: "natural", loginName: U })));
    expect(decision).toMatchObject({ outcome: "E-R4", loginName: `HJ_${U}`, window: "natural" });
    expect(decision.create?.type).toBe("natural");
  });

  it("E-R4 → CONFLICT when U and HJ_U are both taken", () => {
    const own = account({ type: "legal", loginName: "acme2019", uscc: U });
    const decision = enterprise(world(own, account({ type: "natural", loginName: U }), account({ type: "natural", loginName: `hj_${U}` })));
    expect(decision).toEqual({ outcome: "CONFLICT", loginName: null, window: null });
  });

  it("E-R4 keeps U when the own account is called HJ_U; CONFLICT once U is taken too (HJ_U cannot be created twice)", () => {
    const own = account({ type: "legal", loginName: `HJ_${U}`, uscc: U });
    expect(enterprise(world(own)).loginName).toBe(U);
    expect(enterprise(world(own, account({ type: "natural", loginName: U }))).outcome).toBe("CONFLICT");
  });

  it("E-R3 → CONFLICT when an existing hj_… (lower case) blocks HJ_U", () => {
    const decision = enterprise(world(account({ type: "natural", loginName: U }), account({ type: "natural", loginName: `hj_${U.toLowerCase()}` })));
    expect(decision.outcome).toBe("CONFLICT");
    expect(decision.create).toBeUndefined();
  });

  it("E-R1 is still possible when only HJ_U is taken", () => {
    expect(enterprise(world(account({ type: "natural", loginName: `HJ_${U}` }))).outcome).toBe("E-R1");
  });

  it("CONFLICT when a non-legal account carries the USCC (a second holder would break one-USCC-one-legal-account)", () => {
    expect(enterprise(world(account({ type: "natural", loginName: "x1", uscc: U }))).outcome).toBe("CONFLICT");
  });
});

describe("personal Torch account (§4, checked in order)", () => {
  it("P-R1: nothing on the platform → natural account P with reserved mobile P", () => {
    expect(personal(world())).toEqual({
      outcome: "P-R1",
      loginName: P,
      window: "natural",
      create: { type: "natural", loginName: P, reservedMobile: P },
    });
  });

  it("P-R2: own natural account named P → nothing created", () => {
    const own = account({ type: "natural", loginName: P, reservedMobile: P });
    expect(personal(world(own))).toEqual({ outcome: "P-R2", loginName: P, window: "natural", existingAccountId: own.id });
  });

  it("P-R2 beats P-R4: own account named P wins over a verified account elsewhere", () => {
    const verified = account({ type: "natural", loginName: "zhangsan", reservedMobile: P, realNameStatus: "verified" });
    expect(personal(world(verified, account({ type: "natural", loginName: P, reservedMobile: P }))).outcome).toBe("P-R2");
  });

  it("P-R4: verified natural account with reserved mobile P → appeal, no login name given, nothing created", () => {
    const verified = account({ type: "natural", loginName: "zhangsan", reservedMobile: P, realNameStatus: "verified" });
    expect(personal(world(verified))).toEqual({ outcome: "P-R4", loginName: null, window: null, existingAccountId: verified.id });
  });

  it("P-R4 beats P-R3: verified elsewhere AND P taken by someone else", () => {
    const verified = account({ type: "natural", loginName: "zhangsan", reservedMobile: P, realNameStatus: "verified" });
    expect(personal(world(account({ type: "natural", loginName: P, reservedMobile: CONTACT }), verified)).outcome).toBe("P-R4");
  });

  it("P-R4 points at the lowest-id verified account when there are several", () => {
    const first = account({ type: "natural", loginName: "a-first", reservedMobile: P, realNameStatus: "verified" });
    const second = account({ type: "natural", loginName: "b-second", reservedMobile: P, realNameStatus: "verified" });
    expect(personal(world(second, first)).existingAccountId).toBe(first.id);
  });

  it("an own account that is not verified and not named P does not stop P-R1", () => {
    expect(personal(world(account({ type: "natural", loginName: "lisi2020", reservedMobile: P, realNameStatus: "pending" }))).outcome).toBe("P-R1");
  });

  it("a verified legal account with reserved mobile P is not a person's verification", () => {
    expect(personal(world(account({ type: "legal", loginName: "acme", uscc: U, reservedMobile: P, realNameStatus: "verified" }))).outcome).toBe("P-R1");
  });

  it("P-R3: P taken by another person's natural account → HJ_P", () => {
    const decision = personal(world(account({ type: "natural", loginName: P, reservedMobile: CONTACT })));
    expect(decision).toEqual({
      outcome: "P-R3",
      loginName: `HJ_${P}`,
      window: "natural",
      create: { type: "natural", loginName: `HJ_${P}`, reservedMobile: P },
    });
  });

  it("P-R3: a legal account named P with reserved mobile P is not own", () => {
    expect(personal(world(account({ type: "legal", loginName: P, uscc: U, reservedMobile: P }))).outcome).toBe("P-R3");
  });

  it("P-R3 → CONFLICT when HJ_P is taken, in any case", () => {
    const decision = personal(world(account({ type: "natural", loginName: P }), account({ type: "legal", loginName: `hj_${P}`, uscc: U })));
    expect(decision).toEqual({ outcome: "CONFLICT", loginName: null, window: null });
  });

  it("CONFLICT when an own account already holds HJ_P and P is taken (the name cannot be created twice)", () => {
    const decision = personal(world(account({ type: "natural", loginName: P }), account({ type: "natural", loginName: `HJ_${P}`, reservedMobile: P })));
    expect(decision.outcome).toBe("CONFLICT");
  });
});

describe("accounts not in Torch (lookup)", () => {
  it("E-U1 without a legal account, E-U2 with one", () => {
    expect(resolveUnregisteredEnterprise(U, world())).toEqual({ outcome: "E-U1", loginName: null, window: null });
    const legal = account({ type: "legal", loginName: "acme2019", uscc: U });
    expect(resolveUnregisteredEnterprise(U, world(legal))).toEqual({ outcome: "E-U2", loginName: "acme2019", window: "legal", existingAccountId: legal.id });
  });

  it("E-U1 when only a natural account is named after the USCC", () => {
    expect(resolveUnregisteredEnterprise(U, world(account({ type: "natural", loginName: U }))).outcome).toBe("E-U1");
  });

  it("P-U1 without a natural account for the mobile", () => {
    expect(resolveUnregisteredPersonal(P, world(account({ type: "legal", loginName: P, uscc: U })))).toEqual({ outcome: "P-U1", loginName: null, window: null });
  });

  it("P-U2 by login name, preferred over a reserved-mobile match", () => {
    const byMobile = account({ type: "natural", loginName: "lisi2020", reservedMobile: P });
    const byName = account({ type: "natural", loginName: P, reservedMobile: CONTACT });
    expect(resolveUnregisteredPersonal(P, world(byMobile, byName))).toMatchObject({ outcome: "P-U2", loginName: P, window: "natural", existingAccountId: byName.id });
  });

  it("P-U2 by reserved mobile", () => {
    const byMobile = account({ type: "natural", loginName: "lisi2020", reservedMobile: P });
    expect(resolveUnregisteredPersonal(P, world(byMobile))).toMatchObject({ outcome: "P-U2", loginName: "lisi2020" });
  });
});
