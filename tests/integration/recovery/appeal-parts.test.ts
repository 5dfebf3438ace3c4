// The parts of an appeal before the case: the masked organisation search, and which account an
// appeal is about (by verified ID hash, by USCC, or by the pick).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyedHash } from "@/lib/crypto/seal";
import { findLegalAppealAccount, findNaturalAppealAccount } from "@/lib/recovery/find-appeal-account";
import { searchOrganisations } from "@/lib/recovery/search-organisations";
import { makeAccount } from "../accounts/factories";
import { validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("searchOrganisations", () => {
  it("finds legal accounts by part of the name and shows them masked", async () => {
    const uscc = validUscc();
    const account = await makeAccount(t.db, { type: "legal", loginName: "qingshankeji", uscc, orgName: "北京青山科技有限公司" });
    await makeAccount(t.db, { type: "natural", loginName: "qingshanren", orgName: "北京青山科技有限公司" });
    const found = await searchOrganisations({ db: t.db, query: " 青山科技 ", client: "203.0.113.1" });
    expect(found).toEqual({ ok: true, matches: [{ accountId: account.id, maskedOrgName: "北京****有限公司", maskedUscc: `${uscc.slice(0, 4)}****${uscc.slice(-4)}`, maskedLoginName: "qi****ji" }] });
    expect(JSON.stringify(found)).not.toContain(uscc);
  });

  it("needs four characters and limits each client", async () => {
    expect(await searchOrganisations({ db: t.db, query: "青山", client: "203.0.113.2" })).toEqual({ ok: true, matches: [] });
    for (let i = 0; i < 19; i += 1) await searchOrganisations({ db: t.db, query: "青山科技", client: "203.0.113.2" });
    expect(await searchOrganisations({ db: t.db, query: "青山科技", client: "203.0.113.2" })).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });
});

describe("the account an appeal is about", () => {
  it("prefers the account the ID number is verified on", async () => {
    const id = "11010519491231002X";
    const hash = keyedHash(id);
    const carrying = await makeAccount(t.db, { loginName: "carries-id" });
    await t.db.platformAccount.update({ where: { id: carrying.id }, data: { idNumberHash: hash } });
    expect(await findNaturalAppealAccount({ db: t.db, idNumber: id })).toBe(carrying.id);
    const verified = await makeAccount(t.db, { loginName: "verified-id" });
    await t.db.platformAccount.update({ where: { id: verified.id }, data: { idNumberHash: hash, verifiedIdHash: hash, realNameStatus: "verified" } });
    expect(await findNaturalAppealAccount({ db: t.db, idNumber: id })).toBe(verified.id);
    expect(await findNaturalAppealAccount({ db: t.db, idNumber: "110101199003074514" })).toBeNull();
  });

  it("takes the legal account of the USCC, else the picked one", async () => {
    const uscc = validUscc();
    const legal = await makeAccount(t.db, { type: "legal", loginName: "uscc-owner", uscc, orgName: "某单位" });
    const other = await makeAccount(t.db, { type: "legal", loginName: "picked-one", uscc: validUscc(), orgName: "某单位" });
    const natural = await makeAccount(t.db, { loginName: "not-legal" });
    expect(await findLegalAppealAccount({ db: t.db, uscc, pickedAccountId: other.id })).toBe(legal.id);
    expect(await findLegalAppealAccount({ db: t.db, uscc: validUscc(), pickedAccountId: other.id })).toBe(other.id);
    expect(await findLegalAppealAccount({ db: t.db, uscc: validUscc(), pickedAccountId: natural.id })).toBeNull();
    expect(await findLegalAppealAccount({ db: t.db, uscc: validUscc(), pickedAccountId: null })).toBeNull();
  });
});
