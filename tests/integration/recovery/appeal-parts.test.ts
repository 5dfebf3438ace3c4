// The parts of an appeal before the case: the organisation search and its limits against harvesting, and which account an
// appeal is about (by verified ID hash, by USCC, or by the pick).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyedHash } from "@/lib/crypto/seal";
import { resetEnvCache } from "@/lib/env";
import { findLegalAppealAccount, findNaturalAppealAccount } from "@/lib/recovery/find-appeal-account";
import { ORG_SEARCH_MAX_RESULTS, searchOrganisations } from "@/lib/recovery/search-organisations";
import { makeAccount } from "../accounts/factories";
import { solvedSum } from "../../support/captcha";
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
  it("shows the full name, the USCC's last four and the masked login name, so similar names can be told apart", async () => {
    const [uscc, other] = [validUscc(), validUscc()];
    const account = await makeAccount(t.db, { type: "legal", loginName: "qingshankeji", uscc, orgName: "北京青山科技有限公司" });
    const similar = await makeAccount(t.db, { type: "legal", loginName: "qingshankechuang", uscc: other, orgName: "北京青山科技创新有限公司" });
    await makeAccount(t.db, { type: "natural", loginName: "qingshanren", orgName: "北京青山科技有限公司" });
    const found = await searchOrganisations({ db: t.db, query: " 青山科技 ", captcha: await solvedSum({ form: "recovery-appeal", client: "203.0.113.1" }), client: "203.0.113.1" });
    expect(found).toEqual({
      ok: true,
      matches: [
        { accountId: account.id, orgName: "北京青山科技有限公司", usccTail: uscc.slice(-4), maskedLoginName: "qi****ji" },
        { accountId: similar.id, orgName: "北京青山科技创新有限公司", usccTail: other.slice(-4), maskedLoginName: "qi****ng" },
      ],
    });
    expect(JSON.stringify(found)).not.toContain(uscc);
    expect(JSON.stringify(found)).not.toContain("qingshankeji");
  });

  it("refuses a search without a solved captcha, and a solved captcha is good for one search", async () => {
    expect(await searchOrganisations({ db: t.db, query: "青山科技", captcha: null, client: "203.0.113.3" })).toEqual({ ok: false, reason: "captcha" });
    expect(await searchOrganisations({ db: t.db, query: "青山科技", captcha: { token: "forged", answer: "3" }, client: "203.0.113.3" })).toEqual({ ok: false, reason: "captcha" });
    const captcha = await solvedSum({ form: "recovery-appeal", client: "203.0.113.3" });
    expect(await searchOrganisations({ db: t.db, query: "青山科技", captcha, client: "203.0.113.3" })).toMatchObject({ ok: true });
    expect(await searchOrganisations({ db: t.db, query: "青山科技", captcha, client: "203.0.113.3" })).toEqual({ ok: false, reason: "captcha" });
  });

  it("needs four characters of the name", async () => {
    expect(await searchOrganisations({ db: t.db, query: "青 山", captcha: await solvedSum({ form: "recovery-appeal", client: "203.0.113.4" }), client: "203.0.113.4" })).toEqual({ ok: false, reason: "tooShort" });
  });

  it("lists nobody when more than ten organisations match: a broad query cannot harvest names", async () => {
    for (let i = 0; i < ORG_SEARCH_MAX_RESULTS + 1; i += 1) {
      await makeAccount(t.db, { type: "legal", uscc: validUscc(), orgName: `上海广泛示范第${i}号有限公司` });
    }
    expect(await searchOrganisations({ db: t.db, query: "广泛示范", captcha: await solvedSum({ form: "recovery-appeal", client: "203.0.113.5" }), client: "203.0.113.5" })).toEqual({ ok: false, reason: "tooMany" });
    const narrowed = await searchOrganisations({ db: t.db, query: "广泛示范第10号", captcha: await solvedSum({ form: "recovery-appeal", client: "203.0.113.5" }), client: "203.0.113.5" });
    expect(narrowed).toMatchObject({ ok: true, matches: [{ orgName: "上海广泛示范第10号有限公司" }] });
  });

  it("allows each client twenty searches an hour and fifty a day", async () => {
    const now = new Date("2026-12-04T01:00:00Z");
    const search = (client: string, at: Date) => searchOrganisations({ db: t.db, query: "青山科技", captcha: null, client, now: at });
    // Each search above spent a solved captcha; here time moves on by hours, longer than a captcha
    // lives, so CAPTCHA is off for this test only and the limits alone are counted.
    process.env.CAPTCHA = "off";
    resetEnvCache();
    try {
      for (let i = 0; i < 20; i += 1) expect(await search("203.0.113.6", now)).toMatchObject({ ok: true });
      expect(await search("203.0.113.6", now)).toEqual({ ok: false, reason: "wait", retryAfterSeconds: expect.any(Number) });
      expect(await search("203.0.113.7", now)).toMatchObject({ ok: true });
      // Another client spreads fifty searches over three hours: the fifty-first that day waits.
      for (let i = 0; i < 50; i += 1) {
        expect(await search("203.0.113.8", new Date(now.getTime() + Math.floor(i / 20) * 3_600_000))).toMatchObject({ ok: true });
      }
      expect(await search("203.0.113.8", new Date(now.getTime() + 3 * 3_600_000))).toEqual({ ok: false, reason: "wait", retryAfterSeconds: expect.any(Number) });
    } finally {
      delete process.env.CAPTCHA;
      resetEnvCache();
    }
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
