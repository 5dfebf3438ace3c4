import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTorchAccounts } from "@/lib/importers/import-torch-accounts";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { csvFile, fixture, lines } from "./support";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

const HEADER = "kind,username,password_hash,display_name,contact_mobile";
const MD5 = "md5:8193d63b96a4fb5a9b50255b79971a01";
const snapshot = () => testDb.db.torchAccount.findMany({ orderBy: { id: "asc" } });

describe("torch:import", () => {
  it("stores valid rows normalised and reports bad ones by the line they start on (BOM, multi-line field)", async () => {
    const summary = await importTorchAccounts({ db: testDb.db, file: fixture("torch-accounts.csv") });
    expect(summary.imported).toBe(4);
    expect(summary.unchanged).toBe(0);
    expect(summary.warnings).toEqual([{ line: 4, message: expect.stringContaining("check character") }]);
    expect(lines(summary.errors)).toEqual([5, 6, 7, 9, 11, 12]);
    expect(summary.errors[0].message).toMatch(/^password_hash /);
    expect(summary.errors[1].message).toMatch(/^username /);
    expect(summary.errors[2].message).toMatch(/display_name contains a line break/);
    expect(summary.errors[3].message).toMatch(/^kind must be/);
    expect(summary.errors[4].message).toBe("duplicate username: line 3 has the same username with different values");
    expect(summary.errors[5].message).toBe("expected 5 columns, found 3");

    const stored = await snapshot();
    expect(stored.map((a) => [a.kind, a.username, a.contactMobile, a.checkWarning])).toEqual([
      ["enterprise", "91110108MA01ET88XL", "13800138000", false],
      ["personal", "13800138001", null, false],
      ["enterprise", "91110108MA01ET88XA", null, true],
      ["personal", "13800138005", "13900139000", false],
    ]);
    expect(stored[1].displayName).toBe("张三, 个人");
    expect(stored[3].displayName).toBe('钱七 "小七"');
  });

  it("reports every row unchanged on a second import and changes nothing", async () => {
    const before = await snapshot();
    const summary = await importTorchAccounts({ db: testDb.db, file: fixture("torch-accounts.csv") });
    expect(summary).toMatchObject({ imported: 0, unchanged: 4 });
    expect(lines(summary.warnings)).toEqual([4]);
    expect(lines(summary.errors)).toEqual([5, 6, 7, 9, 11, 12]);
    expect(await snapshot()).toEqual(before);
  });

  it("numbers lines the same in a CRLF file, quoted line breaks included", async () => {
    const crlf = readFileSync(fixture("torch-accounts.csv"), "utf8").replace(/\n/g, "\r\n");
    const summary = await importTorchAccounts({ db: testDb.db, file: csvFile(crlf) });
    expect(summary.unchanged).toBe(4);
    expect(lines(summary.errors)).toEqual([5, 6, 7, 9, 11, 12]);
  });

  it("updates a changed row and counts it as imported", async () => {
    const before = await snapshot();
    const file = csvFile(`${HEADER}\nenterprise,91110108MA01ET88XL,md5:${"0".repeat(32)},新名称,+8613800138000\n`);
    expect(await importTorchAccounts({ db: testDb.db, file })).toEqual({ imported: 1, unchanged: 0, warnings: [], errors: [] });
    const after = await snapshot();
    expect(after[0]).toMatchObject({ passwordHash: `md5:${"0".repeat(32)}`, displayName: "新名称", createdAt: before[0].createdAt });
    expect(after[0].updatedAt.getTime()).toBeGreaterThanOrEqual(before[0].updatedAt.getTime());
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it("tells repeats across batches from stored rows: identical is unchanged, different is an error", async () => {
    const rows = [
      `personal,13700000001,${MD5},甲,`,
      `personal,13700000002,${MD5},乙,`,
      `personal,13700000001,${MD5},甲,`,
      `personal,13700000002,${MD5},乙改,`,
    ];
    const summary = await importTorchAccounts({ db: testDb.db, file: csvFile(`${HEADER}\n${rows.join("\n")}\n`), batchSize: 2 });
    expect(summary).toEqual({
      imported: 2,
      unchanged: 1,
      warnings: [],
      errors: [{ line: 5, message: "duplicate username: an earlier row of this file has the same username with different values" }],
    });
    expect((await testDb.db.torchAccount.findUniqueOrThrow({ where: { username: "13700000002" } })).displayName).toBe("乙");
  });

  it("imports thousands of rows over several batches and counts exactly", async () => {
    const before = await testDb.db.torchAccount.count();
    const rows = Array.from({ length: 2_500 }, (_, i) => `personal,${13_600_000_000 + i},${MD5},用户${i},`);
    rows[1_700] = "personal,not-a-mobile,md5:x,坏行,";
    const file = csvFile(`${HEADER}\n${rows.join("\n")}\n`);
    const summary = await importTorchAccounts({ db: testDb.db, file });
    expect(summary).toMatchObject({ imported: 2_499, unchanged: 0 });
    expect(lines(summary.errors)).toEqual([1_702]);
    expect(await testDb.db.torchAccount.count()).toBe(before + 2_499);
    expect(await importTorchAccounts({ db: testDb.db, file })).toMatchObject({ imported: 0, unchanged: 2_499 });
  });

  it("refuses a missing file, a wrong header and an empty file before writing anything", async () => {
    const before = await testDb.db.torchAccount.count();
    await expect(importTorchAccounts({ db: testDb.db, file: fixture("missing.csv") })).rejects.toThrow(/cannot read the file/);
    await expect(importTorchAccounts({ db: testDb.db, file: fixture("wrong-header.csv") })).rejects.toThrow(/wrong header row/);
    await expect(importTorchAccounts({ db: testDb.db, file: csvFile("") })).rejects.toThrow(/empty/);
    expect(await testDb.db.torchAccount.count()).toBe(before);
  });

  it("stops at a quote that is never closed, keeping the rows before it", async () => {
    const file = csvFile(`${HEADER}\npersonal,13500000001,${MD5},甲,\npersonal,13500000002,${MD5},"乙,\npersonal,13500000003,${MD5},丙,\n`);
    await expect(importTorchAccounts({ db: testDb.db, file })).rejects.toThrow(/line 3: a quoted field is never closed.*imported 1/);
    expect(await testDb.db.torchAccount.count({ where: { username: { startsWith: "135" } } })).toBe(1);
  });
});
