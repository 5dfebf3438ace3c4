// A batch is written whole or not at all; a constraint failure the planner could not foresee
// (someone wrote meanwhile) costs only the offending row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "@/lib/importers/apply-plan";
import { IdSet } from "@/lib/importers/id-set";
import { importTorchAccounts } from "@/lib/importers/import-torch-accounts";
import { dialectOf, insertRows } from "@/lib/importers/sql-batch";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { csvFile } from "./support";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

const MD5 = "md5:8193d63b96a4fb5a9b50255b79971a01";
const HEADER = "kind,username,password_hash,display_name,contact_mobile";

// Not a constraint (SQLite reports RAISE() as one): an integer overflow stands in for a failure.
async function failInsertsOf(username: string): Promise<void> {
  if (testDb.provider === "sqlite") {
    await testDb.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_insert BEFORE INSERT ON "TorchAccount" WHEN NEW."username" = '${username}' BEGIN SELECT abs(-9223372036854775808); END`,
    );
    return;
  }
  await testDb.db.$executeRawUnsafe(
    `CREATE FUNCTION fail_insert() RETURNS trigger AS $$ BEGIN IF NEW."username" = '${username}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await testDb.db.$executeRawUnsafe(`CREATE TRIGGER fail_insert BEFORE INSERT ON "TorchAccount" FOR EACH ROW EXECUTE FUNCTION fail_insert()`);
}

async function dropTrigger(): Promise<void> {
  if (testDb.provider === "sqlite") await testDb.db.$executeRawUnsafe(`DROP TRIGGER fail_insert`);
  else {
    await testDb.db.$executeRawUnsafe(`DROP TRIGGER fail_insert ON "TorchAccount"`);
    await testDb.db.$executeRawUnsafe(`DROP FUNCTION fail_insert()`);
  }
}

describe("batch atomicity", () => {
  it("rolls back the whole batch when the database fails mid-batch, and stops", async () => {
    await failInsertsOf("13400000003");
    const rows = [1, 2, 3, 4].map((n) => `personal,1340000000${n},${MD5},用户${n},`);
    const file = csvFile(`${HEADER}\n${rows.join("\n")}\n`);
    await expect(importTorchAccounts({ db: testDb.db, file, batchSize: 2 })).rejects.toThrow(/simulated failure|integer overflow/);
    const stored = await testDb.db.torchAccount.findMany({ where: { username: { startsWith: "134" } }, select: { username: true } });
    expect(stored.map((a) => a.username)).toEqual(["13400000001", "13400000002"]);
    await dropTrigger();
    expect(await importTorchAccounts({ db: testDb.db, file, batchSize: 2 })).toMatchObject({ imported: 2, unchanged: 2, errors: [] });
  });

  it("retries row by row after a constraint failure and reports only the colliding row", async () => {
    await testDb.db.torchAccount.create({ data: { kind: "personal", username: "13300000002", passwordHash: MD5, displayName: "先到" } });
    const value = (username: string) => ({ kind: "personal", username, passwordHash: MD5, displayName: "后到", contactMobile: null });
    const writer = {
      createMany: (tx: Parameters<typeof insertRows>[0], values: ReturnType<typeof value>[]) =>
        insertRows(tx, dialectOf(testDb.db), "TorchAccount", ["kind", "username", "passwordHash", "displayName", "contactMobile"].map((name) => ({ name })), values.map((v) => [v.kind, v.username, v.passwordHash, v.displayName, v.contactMobile])),
      updateMany: async () => undefined,
    };
    // A plan made before "13300000002" was stored elsewhere: it thinks all three are new.
    const plan = { creates: ["13300000001", "13300000002", "13300000003"].map((u, i) => ({ line: i + 2, value: value(u) })), updates: [], unchanged: 0, errors: [] };
    const result = await applyPlan({ db: testDb.db, plan, writer, seen: new IdSet() });
    expect(result.imported).toBe(2);
    expect(result.errors).toEqual([{ line: 3, message: expect.stringContaining("collides") }]);
    const stored = await testDb.db.torchAccount.findMany({ where: { username: { startsWith: "133" } }, orderBy: { username: "asc" } });
    expect(stored.map((a) => [a.username, a.displayName])).toEqual([
      ["13300000001", "后到"],
      ["13300000002", "先到"],
      ["13300000003", "后到"],
    ]);
  });
});
