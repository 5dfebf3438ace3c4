// The `migrate` command's contract (interfaces.md): one JSON object on stdout, exit 0; bad
// arguments → exit 2 with {"error","field"} and nothing migrated.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { seedWorld } from "./world-db";

const root = path.resolve(__dirname, "..", "..", "..");
const cli = (url: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "cli/main.ts", "migrate", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedWorld(testDb.db, [], [
    { kind: "personal", username: "13800138000", contactMobile: null, passwordHash: "md5:1", displayName: "张三" },
    { kind: "enterprise", username: "91110108MA01ET88XL", contactMobile: "13900139000", passwordHash: "md5:2", displayName: "ACME" },
  ]);
});
afterAll(async () => {
  await testDb.drop();
});

describe("npm run cli -- migrate", () => {
  it("refuses a bad batch size with exit 2 and migrates nothing", () => {
    for (const args of [["--batch-size", "0"], ["--fast"]]) {
      const run = cli(testDb.url, ...args);
      expect(run.status).toBe(2);
      expect(JSON.parse(run.stdout)).toHaveProperty("error");
    }
    return expect(testDb.db.migrationRecord.count()).resolves.toBe(0);
  });

  it("prints the summary of the whole table, created 0 on a rerun", () => {
    const first = cli(testDb.url, "--batch-size=1");
    expect(first.status).toBe(0);
    const outcomes = { "E-R1": 1, "E-R2": 0, "E-R3": 0, "E-R4": 0, "P-R1": 1, "P-R2": 0, "P-R3": 0, "P-R4": 0, CONFLICT: 0 };
    expect(JSON.parse(first.stdout)).toEqual({ outcomes, created: 2, conflicts: 0 });
    const again = cli(testDb.url);
    expect(JSON.parse(again.stdout)).toEqual({ outcomes, created: 0, conflicts: 0 });
  });
});
