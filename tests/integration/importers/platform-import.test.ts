import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyedHash, openText } from "@/lib/crypto/seal";
import { importPlatformAccounts } from "@/lib/importers/import-platform-accounts";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { csvFile, fixture, lines } from "./support";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

const HEADER = "type,login_name,password_hash,reserved_mobile,real_name_status,person_name,id_number,org_name,uscc";
const MD5 = "md5:8193d63b96a4fb5a9b50255b79971a01";
const ID = "11010519491231002X";
const snapshot = () => testDb.db.platformAccount.findMany({ orderBy: { id: "asc" } });

describe("platform:import", () => {
  it("stores accounts with keys, hashes and sealed ID numbers, refusing collisions by line", async () => {
    const summary = await importPlatformAccounts({ db: testDb.db, file: fixture("platform-accounts.csv") });
    expect(summary.imported).toBe(5);
    expect(summary.warnings).toEqual([{ line: 5, message: expect.stringContaining("check character") }]);
    expect(summary.errors).toEqual([
      { line: 6, message: expect.stringMatching(/differs only in case from "LiSi2020"/) },
      { line: 7, message: "line 3 already has a legal account for USCC 91110108MA01ET88XL" },
      { line: 8, message: "this ID number is already verified on the account of line 2" },
      { line: 9, message: "uscc must be empty for a natural account" },
      { line: 10, message: "org_name is required for a legal account" },
    ]);
    const stored = await snapshot();
    expect(stored.map((a) => [a.type, a.loginName, a.loginNameKey, a.uscc, a.realNameStatus, a.origin])).toEqual([
      ["natural", "LiSi2020", "lisi2020", null, "verified", "imported"],
      ["legal", "91110108MA01ET88XL", "91110108ma01et88xl", "91110108MA01ET88XL", "unverified", "imported"],
      ["natural", "13800138001", "13800138001", null, "unverified", "imported"],
      ["legal", "HJ_Early", "hj_early", "91110108MA01ET88XA", "unverified", "imported"],
      ["natural", "ZhaoLiu", "zhaoliu", null, "unverified", "imported"],
    ]);
    const [lisi, , , , zhaoliu] = stored;
    expect(openText(lisi.idNumberEnc!)).toBe(ID);
    expect(lisi.idNumberHash).toBe(keyedHash(ID));
    expect(lisi.verifiedIdHash).toBe(lisi.idNumberHash);
    expect(zhaoliu.reservedMobile).toBe("13900139000");
    expect(zhaoliu.idNumberHash).toBe(keyedHash("440300199001011238"));
    expect(zhaoliu.verifiedIdHash).toBeNull();
    // No plain ID number anywhere.
    expect(JSON.stringify(stored)).not.toMatch(/11010519491231002|440300199001011238/);
  });

  it("reports every row unchanged on a second import and keeps even the ciphertexts", async () => {
    const before = await snapshot();
    const summary = await importPlatformAccounts({ db: testDb.db, file: fixture("platform-accounts.csv") });
    expect(summary).toMatchObject({ imported: 0, unchanged: 5 });
    expect(lines(summary.errors)).toEqual([6, 7, 8, 9, 10]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses collisions with stored accounts across batches: case, USCC, verified ID", async () => {
    const rows = [
      `natural,LISI2020,${MD5},,unverified,,,,`,
      `legal,second-legal,${MD5},,unverified,,,北京某某分公司,91110108MA01ET88XL`,
      `natural,Another,${MD5},,verified,李四,${ID},,`,
    ];
    const summary = await importPlatformAccounts({ db: testDb.db, file: csvFile(`${HEADER}\n${rows.join("\n")}\n`), batchSize: 1 });
    expect(summary).toEqual({
      imported: 0,
      unchanged: 0,
      warnings: [],
      errors: [
        { line: 2, message: expect.stringMatching(/differs only in case from the existing account "LiSi2020"/) },
        { line: 3, message: "another legal account already has USCC 91110108MA01ET88XL" },
        { line: 4, message: "this ID number is already verified on another account" },
      ],
    });
    expect(await testDb.db.platformAccount.count()).toBe(5);
  });

  it("updates a changed imported account but never one registered on the platform", async () => {
    await testDb.db.platformAccount.create({
      data: { type: "natural", loginName: "WangWu", loginNameKey: "wangwu", passwordHash: MD5, origin: "registered" },
    });
    const rows = [`natural,ZhaoLiu,${MD5},13900139000,verified,赵六,440300199001011238,,`, `natural,WangWu,${MD5},,unverified,,,,`];
    const summary = await importPlatformAccounts({ db: testDb.db, file: csvFile(`${HEADER}\n${rows.join("\n")}\n`) });
    expect(summary.imported).toBe(1);
    expect(summary.errors).toEqual([{ line: 3, message: expect.stringMatching(/registered on the platform; it is not overwritten/) }]);
    const zhaoliu = await testDb.db.platformAccount.findUniqueOrThrow({ where: { loginNameKey: "zhaoliu" } });
    expect(zhaoliu).toMatchObject({ realNameStatus: "verified", personName: "赵六", verifiedIdHash: keyedHash("440300199001011238") });
  });

  it("keeps a password the user changed on the platform", async () => {
    const changed = await testDb.db.platformAccount.update({
      where: { loginNameKey: "lisi2020" },
      data: { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA", passwordChangedAt: new Date() },
    });
    const file = csvFile(`${HEADER}\nnatural,LiSi2020,${MD5},13800138000,verified,李四,${ID},,\n`);
    expect(await importPlatformAccounts({ db: testDb.db, file })).toEqual({ imported: 0, unchanged: 1, warnings: [], errors: [] });
    expect((await testDb.db.platformAccount.findUniqueOrThrow({ where: { id: changed.id } })).passwordHash).toBe(changed.passwordHash);
  });
});
