// Entering 高企认定 / 科小企评价 (issue 5 §7) with real rows: the legal account of the organisation,
// an authorised natural account (E-R4) within its dates, and everyone else refused with a reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getServiceEntry } from "@/lib/accounts/get-service-entry";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeAccount } from "./factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const uscc = "91110108MA01ET88XL";
const now = new Date("2026-11-29T08:00:00Z");
const day = 86_400_000;

describe("getServiceEntry", () => {
  it("lets a verified legal account in for its organisation, by name", async () => {
    const legal = await makeAccount(t.db, { type: "legal", uscc, orgName: "北京某某科技有限公司", realNameStatus: "verified" });
    expect(await getServiceEntry({ db: t.db, accountId: legal.id, system: "gaoqi", now })).toEqual({
      allowed: true,
      organisations: [{ uscc, name: "北京某某科技有限公司" }],
    });
  });

  it("lets an authorised, verified natural account in for the enterprise (E-R4)", async () => {
    const person = await makeAccount(t.db, { realNameStatus: "verified" });
    await t.db.orgAuthorisation.create({
      data: { accountId: person.id, uscc, system: "gaoqi", validFrom: new Date(now.getTime() - day), grantedBy: "migration" },
    });
    expect(await getServiceEntry({ db: t.db, accountId: person.id, system: "gaoqi", now })).toEqual({
      allowed: true,
      organisations: [{ uscc, name: "北京某某科技有限公司" }],
    });
    expect(await getServiceEntry({ db: t.db, accountId: person.id, system: "kexiao", now })).toMatchObject({ allowed: false, reason: "notAuthorised" });
  });

  it("refuses an authorisation outside its dates and any unverified account", async () => {
    const expired = await makeAccount(t.db, { realNameStatus: "verified" });
    await t.db.orgAuthorisation.create({
      data: { accountId: expired.id, uscc, system: "gaoqi", validFrom: new Date(now.getTime() - 10 * day), validTo: now, grantedBy: "staff" },
    });
    expect(await getServiceEntry({ db: t.db, accountId: expired.id, system: "gaoqi", now })).toMatchObject({ allowed: false, reason: "notAuthorised" });
    const unverified = await makeAccount(t.db, { realNameStatus: "pending" });
    await t.db.orgAuthorisation.create({
      data: { accountId: unverified.id, uscc, system: "gaoqi", validFrom: new Date(now.getTime() - day), grantedBy: "migration" },
    });
    expect(await getServiceEntry({ db: t.db, accountId: unverified.id, system: "gaoqi", now })).toEqual({
      allowed: false,
      reason: "unverified",
      realNameStatus: "pending",
    });
  });

  it("names an organisation the platform lacks from the Torch data", async () => {
    const other = "91110000100000000X";
    await t.db.torchAccount.create({ data: { kind: "enterprise", username: other, passwordHash: "md5:0", displayName: "火炬某公司" } });
    const person = await makeAccount(t.db, { realNameStatus: "verified" });
    await t.db.orgAuthorisation.create({
      data: { accountId: person.id, uscc: other, system: "kexiao", validFrom: new Date(now.getTime() - day), grantedBy: "migration" },
    });
    expect(await getServiceEntry({ db: t.db, accountId: person.id, system: "kexiao", now })).toEqual({
      allowed: true,
      organisations: [{ uscc: other, name: "火炬某公司" }],
    });
  });
});
