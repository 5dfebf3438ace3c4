// The SQL executor against the rules: on random worlds, `runMigration` must leave exactly the
// tables the in-memory model (rules.ts applied one account at a time) leaves, whatever the batch
// size; a second run must create and change nothing. Runs on SQLite, and on PostgreSQL when
// TEST_DATABASE_URL points at a server.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InMemoryPlatform } from "@/lib/migration/in-memory-platform";
import { MIGRATION_OUTCOME_CODES } from "@/lib/migration/outcomes";
import { runMigration } from "@/lib/migration/run-migration";
import { worldArbitrary } from "@/lib/migration/testing/world-arbitrary";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { clearWorld, modelState, readState, seedWorld } from "./world-db";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

describe(`migrate executor = migration rules (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("produces what the rules produce on random worlds, in any batch size, and nothing more on a rerun", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(worldArbitrary, fc.integer({ min: 1, max: 4 }), async ({ platform, torch }, batchSize) => {
        await clearWorld(testDb.db);
        await seedWorld(testDb.db, platform, torch);
        const model = new InMemoryPlatform(platform);
        const created = model.migrate(torch);

        const summary = await runMigration({ databaseUrl: testDb.url, batchSize });
        const state = await readState(testDb.db);
        expect(state).toEqual(modelState(model, torch));
        expect(summary.created).toBe(created);
        const counts = Object.fromEntries(MIGRATION_OUTCOME_CODES.map((code) => [code, 0]));
        for (const record of model.records.values()) counts[record.outcome] += 1;
        expect(summary).toEqual({ outcomes: counts, created, conflicts: counts.CONFLICT });
        for (const record of model.records.values()) seen.add(record.outcome);

        const again = await runMigration({ databaseUrl: testDb.url, batchSize });
        expect(again).toEqual({ ...summary, created: 0 });
        expect(await readState(testDb.db)).toEqual(state);
      }),
      { numRuns: 100, seed: 20261129 },
    );
    expect([...seen].sort()).toEqual([...MIGRATION_OUTCOME_CODES].sort());
  }, 180_000);

  it("writes dates Prisma reads back, and links records, accounts and authorisations", async () => {
    await clearWorld(testDb.db);
    const before = Date.now();
    await seedWorld(
      testDb.db,
      [{ type: "legal", loginName: "acme2019", uscc: "91110108MA01ET88XL", reservedMobile: null, realNameStatus: "verified", passwordHash: "md5:1", personName: null, orgName: "ACME", origin: "imported" }],
      [{ kind: "enterprise", username: "91110108MA01ET88XL", contactMobile: "13900139000", passwordHash: "md5:abc", displayName: "ACME" }],
    );
    expect(await runMigration({ databaseUrl: testDb.url })).toMatchObject({ created: 1, outcomes: { "E-R4": 1 } });
    const record = await testDb.db.migrationRecord.findFirstOrThrow({
      select: {
        migratedAt: true,
        outcome: true,
        platformAccount: {
          select: { loginName: true, type: true, createdAt: true, updatedAt: true, passwordChangedAt: true, authorisations: { select: { system: true, validFrom: true, validTo: true, grantedBy: true }, orderBy: { system: "asc" } } },
        },
      },
    });
    for (const date of [record.migratedAt, record.platformAccount!.createdAt, record.platformAccount!.updatedAt, ...record.platformAccount!.authorisations.map((a) => a.validFrom)]) {
      expect(date).toBeInstanceOf(Date);
      expect(date.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(date.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect(record.platformAccount).toMatchObject({ loginName: "91110108MA01ET88XL", type: "natural", passwordChangedAt: null });
    expect(record.platformAccount!.authorisations).toMatchObject([
      { system: "gaoqi", validTo: null, grantedBy: "migration" },
      { system: "kexiao", validTo: null, grantedBy: "migration" },
    ]);
  });
});
