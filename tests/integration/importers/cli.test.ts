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
  it("torch:import prints the summary and exits 0, also when rows were refused", async () => {
    const run = await runCli(["torch:import", fixture("torch-accounts.csv")], testDb.url);
    expect(run.code).toBe(0);
    expect(Object.keys(run.json)).toEqual(["imported", "unchanged", "warnings", "errors"]);
    expect(run.json).toMatchObject({ imported: 4, unchanged: 0, warnings: [{ line: 4 }] });
    expect((run.json.errors as Array<{ line: number }>).map((e) => e.line)).toEqual([5, 6, 7, 9, 11, 12]);
    expect(await testDb.db.torchAccount.count()).toBe(4);
  });

  it("platform:import and registry:import do the same; a second run reports everything unchanged", async () => {
    for (const [command, file, rows] of [
      ["platform:import", "platform-accounts.csv", 5],
      ["registry:import", "registry.csv", 4],
    ] as const) {
      const first = await runCli([command, fixture(file)], testDb.url);
      expect([first.code, first.json.imported]).toEqual([0, rows]);
      const again = await runCli([command, fixture(file)], testDb.url);
      expect([again.code, again.json.imported, again.json.unchanged]).toEqual([0, 0, rows]);
    }
  });

  it("exits 2 with a message for a missing file, a wrong header or no file argument", async () => {
    const missing = await runCli(["registry:import", fixture("missing.csv")], testDb.url);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.csv: cannot read the file \(ENOENT\)/);
    expect(missing.json).toMatchObject({ error: expect.stringContaining("cannot read"), field: "file" });
    const header = await runCli(["platform:import", fixture("wrong-header.csv")], testDb.url);
    expect(header.code).toBe(2);
    expect(header.stderr).toMatch(/wrong header row; expected "type,login_name,/);
    const none = await runCli(["torch:import"], testDb.url);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/usage: torch:import <file.csv>/);
  });

  it("exits 1 when the database cannot be reached", async () => {
    const run = await runCli(["torch:import", fixture("torch-accounts.csv")], "postgresql://nobody@127.0.0.1:9/none");
    expect(run.code).toBe(1);
    expect(run.json).toEqual({ error: "internal error" });
  });
});
