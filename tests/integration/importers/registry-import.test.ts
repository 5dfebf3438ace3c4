import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyedHash } from "@/lib/crypto/seal";
import { importRegistryEntries } from "@/lib/importers/import-registry-entries";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { csvFile, fixture, lines } from "./support";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

const snapshot = () => testDb.db.registryEntry.findMany({ orderBy: { id: "asc" } });

describe("registry:import", () => {
  it("stores keyed hashes of normalised IDs and never the IDs themselves", async () => {
    const summary = await importRegistryEntries({ db: testDb.db, file: fixture("registry.csv") });
    expect(summary.imported).toBe(4);
    expect(summary.warnings).toEqual([{ line: 4, message: expect.stringContaining("check character") }]);
    expect(summary.errors).toEqual([
      { line: 5, message: "id is not a resident ID number: the check digit is wrong (kind person)" },
      { line: 6, message: "legal_rep_name is required for an organisation; legal_rep_id is required for an organisation" },
    ]);
    const stored = await snapshot();
    expect(stored.map((e) => [e.kind, e.idHash, e.name, e.legalRepName, e.legalRepIdHash])).toEqual([
      ["person", keyedHash("11010519491231002X"), "李四", null, null],
      ["organisation", keyedHash("91110108MA01ET88XL"), "北京某某科技有限公司", "李四", keyedHash("11010519491231002X")],
      ["organisation", keyedHash("91110108MA01ET88XA"), "早期登记企业", "王五", keyedHash("440300199001011238")],
      ["person", keyedHash("440300199001011238"), "王五", null, null],
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/11010519491231002|440300199001011238|91110108MA01ET88X/);
  });

  it("reports every row unchanged on a second import and changes nothing", async () => {
    const before = await snapshot();
    const summary = await importRegistryEntries({ db: testDb.db, file: fixture("registry.csv") });
    expect(summary).toMatchObject({ imported: 0, unchanged: 4 });
    expect(lines(summary.errors)).toEqual([5, 6]);
    expect(await snapshot()).toEqual(before);
  });

  it("updates a changed entry; the same ID under the other kind is a separate entry", async () => {
    const file = csvFile("kind,id,name,legal_rep_name,legal_rep_id\nperson,11010519491231002X,李四（改名）,,\n");
    expect(await importRegistryEntries({ db: testDb.db, file })).toEqual({ imported: 1, unchanged: 0, warnings: [], errors: [] });
    const entry = await testDb.db.registryEntry.findUniqueOrThrow({ where: { kind_idHash: { kind: "person", idHash: keyedHash("11010519491231002X") } } });
    expect(entry.name).toBe("李四（改名）");
    expect(await testDb.db.registryEntry.count()).toBe(4);
  });
});
