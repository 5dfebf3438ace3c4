// `migrate` killed with SIGKILL at random points and run again must end exactly where an
// uninterrupted run ends, and no kill may leave a half-migrated account behind (domain.md §4).
// Spawns the real CLI on a few thousand generated accounts; small batches give many commit
// points to land between.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { generateWorld, prng, type PlatformRow, type TorchRow } from "../../../bench/migration/generate-world";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { readState, seedWorld } from "./world-db";

const root = path.resolve(__dirname, "..", "..", "..");
const ACCOUNTS = 3000;

function startMigrate(url: string, extra: string[] = []) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "cli/main.ts", "migrate", ...extra], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = once(child, "exit").then(([code]) => ({ code: code as number | null, stdout }));
  return { child, exited };
}

async function migrateToEnd(url: string) {
  const { code, stdout } = await startMigrate(url).exited;
  expect(code).toBe(0);
  return JSON.parse(stdout) as { outcomes: Record<string, number>; created: number; conflicts: number };
}

/** Whole batches only: every migrated account has its record, every E-R4 account both grants. */
async function expectNoHalfMigratedAccount(db: Db) {
  expect(await db.platformAccount.count({ where: { origin: "migrated", migrations: { none: { accountCreated: true } } } })).toBe(0);
  expect(await db.migrationRecord.count({ where: { accountCreated: true, platformAccountId: null } })).toBe(0);
  const er4 = await db.migrationRecord.count({ where: { outcome: "E-R4", accountCreated: true } });
  expect(await db.orgAuthorisation.count()).toBe(2 * er4);
}

let killed: TestDatabase;
let uninterrupted: TestDatabase;
beforeAll(async () => {
  const torch: TorchRow[] = [];
  const platform: PlatformRow[] = [];
  generateWorld({ n: ACCOUNTS, seed: 11 }, { torch: (t) => torch.push(t), platform: (p) => platform.push(p) });
  const seeds = platform.map((p) => ({ ...p, origin: "imported" }));
  const torchSeeds = torch.map((t) => ({ ...t }));
  killed = await createTestDatabase();
  uninterrupted = await createTestDatabase();
  await seedWorld(killed.db, seeds, torchSeeds);
  await seedWorld(uninterrupted.db, seeds, torchSeeds);
}, 120_000);
afterAll(async () => {
  await killed?.drop();
  await uninterrupted?.drop();
});

describe("migrate killed and rerun", () => {
  it("ends with exactly the tables of an uninterrupted run, never leaving half an account", async () => {
    const random = prng(20261129);
    const count = () => killed.db.migrationRecord.count();
    let midRunKills = 0;
    for (let attempt = 0; attempt < 8 && midRunKills < 3; attempt++) {
      const before = await count();
      const { child, exited } = startMigrate(killed.url, ["--batch-size", "20"]);
      // Wait for this run's first commit (startup takes a while), then a short random delay.
      const deadline = Date.now() + 30_000;
      while ((await count()) === before && child.exitCode === null && Date.now() < deadline) await sleep(5);
      await sleep(Math.floor(random() * 40));
      child.kill("SIGKILL");
      await exited;
      const after = await count();
      if (after > before && after < ACCOUNTS) midRunKills += 1;
      await expectNoHalfMigratedAccount(killed.db);
    }
    expect(midRunKills).toBeGreaterThanOrEqual(2);

    const resumed = await migrateToEnd(killed.url);
    const reference = await migrateToEnd(uninterrupted.url);
    expect(resumed.outcomes).toEqual(reference.outcomes);
    expect(resumed.created).toBeLessThan(reference.created);
    await expectNoHalfMigratedAccount(killed.db);
    const state = await readState(killed.db);
    expect(state.records).toHaveLength(ACCOUNTS);
    expect(state).toEqual(await readState(uninterrupted.db));

    const rerun = await migrateToEnd(killed.url);
    expect(rerun).toEqual({ ...resumed, created: 0 });
    expect(await readState(killed.db)).toEqual(state);
  }, 180_000);
});
