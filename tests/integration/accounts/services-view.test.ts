// 服务事项 for each kind of account (issue 14 §4), with real rows: no role meets a dead end — a
// verified person can use the 自然人 services, an E-R4 account sees the enterprise systems it is
// authorised for by name, a legal account its own, and each card says why when it cannot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getServicesView } from "@/lib/accounts/get-services-view";
import { validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeAccount } from "./factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const now = new Date("2026-12-04T08:00:00Z");

describe("getServicesView", () => {
  it("opens the person's own service to a verified natural account, and explains enterprise systems", async () => {
    const person = await makeAccount(t.db, { realNameStatus: "verified" });
    expect(await getServicesView({ db: t.db, accountId: person.id, now })).toEqual({
      type: "natural",
      loginName: person.loginName,
      realNameStatus: "verified",
      personal: "open",
      systems: { gaoqi: "needsAuthorisation", kexiao: "needsAuthorisation" },
      authorised: [],
    });
  });

  it("lists an E-R4 account's authorised systems with the enterprise's name, once verified", async () => {
    const uscc = validUscc();
    await makeAccount(t.db, { type: "legal", uscc, orgName: "北京授权示范科技有限公司", realNameStatus: "verified" });
    const er4 = await makeAccount(t.db, { loginName: uscc, realNameStatus: "unverified", origin: "migrated" });
    for (const system of ["gaoqi", "kexiao"]) {
      await t.db.orgAuthorisation.create({ data: { accountId: er4.id, uscc, system, validFrom: new Date(now.getTime() - 60_000), grantedBy: "migration" } });
    }
    const before = await getServicesView({ db: t.db, accountId: er4.id, now });
    expect(before).toMatchObject({ personal: "verify", systems: { gaoqi: "verify", kexiao: "verify" }, authorised: [] });
    await t.db.platformAccount.update({ where: { id: er4.id }, data: { realNameStatus: "verified" } });
    expect(await getServicesView({ db: t.db, accountId: er4.id, now })).toMatchObject({
      personal: "open",
      systems: { gaoqi: "open", kexiao: "open" },
      authorised: [
        { system: "gaoqi", uscc, name: "北京授权示范科技有限公司" },
        { system: "kexiao", uscc, name: "北京授权示范科技有限公司" },
      ],
    });
  });

  it("opens the enterprise systems to a verified legal account and sends it away from a person's service", async () => {
    const legal = await makeAccount(t.db, { type: "legal", uscc: validUscc(), orgName: "北京某法人单位", realNameStatus: "verified" });
    expect(await getServicesView({ db: t.db, accountId: legal.id, now })).toMatchObject({
      type: "legal",
      personal: "naturalOnly",
      systems: { gaoqi: "open", kexiao: "open" },
      authorised: [],
    });
  });

  it("has nothing for an account that is gone", async () => {
    expect(await getServicesView({ db: t.db, accountId: 987_654, now })).toBeNull();
  });
});
