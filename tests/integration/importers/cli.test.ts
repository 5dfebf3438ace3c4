// The three import commands end to end, as an operator runs them: JSON on stdout, exit codes
// 0 (done, row errors listed), 2 (bad input: file or header), 1 (internal error).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { fixture, runCli } from "./support";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

describe("import commands", () => {
  it("torch:import prints the summary and exits 0, also when rows were refused", { timeout: 120_000 }, async () => {
    const run = await runCli(["torch:import", fixture("torch-accounts.csv")], testDb.url);
    expect(run.code).toBe(0);
    expect(Object.keys(run.json)).toEqual(["imported", "unchanged", "warnings", "errors"]);
    expect(run.json).toMatchObject({ imported: 4, unchanged: 0, warnings: [{ line: 4 }] });
    expect((run.json.errors as Array<{ line: number }>).map((e) => e.line)).toEqual([5, 6, 7, 9, 11, 12]);
    expect(await testDb.db.torchAccount.count()).toBe(4);
  });

  it("platform:import and registry:import print the same summary shape", { timeout: 120_000 }, async () => {
    const platform = await runCli(["platform:import", fixture("platform-accounts.csv")], testDb.url);
    expect([platform.code, platform.json.imported, platform.json.unchanged]).toEqual([0, 5, 0]);
    const registry = await runCli(["registry:import", fixture("registry.csv")], testDb.url);
    expect([registry.code, registry.json.imported, registry.json.unchanged]).toEqual([0, 4, 0]);
    expect(await testDb.db.registryEntry.count()).toBe(4);
  });

  it("exits 2 with a message for a missing file or a wrong header", { timeout: 120_000 }, async () => {
    const missing = await runCli(["registry:import", fixture("missing.csv")], testDb.url);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.csv: cannot read the file \(ENOENT\)/);
    expect(missing.json).toMatchObject({ error: expect.stringContaining("cannot read"), field: "file" });
    const header = await runCli(["platform:import", fixture("wrong-header.csv")], testDb.url);
    expect(header.code).toBe(2);
    expect(header.stderr).toMatch(/wrong header row; expected "type,login_name,/);
  });

  it("exits 1 when the database cannot be reached", { timeout: 120_000 }, async () => {
    const run = await runCli(["torch:import", fixture("torch-accounts.csv")], "postgresql://nobody@127.0.0.1:9/none");
    expect(run.code).toBe(1);
    expect(run.json).toEqual({ error: "internal error" });
  });
});
