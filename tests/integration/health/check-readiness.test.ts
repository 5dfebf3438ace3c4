// /api/ready's three answers against real databases: one migrated (ready), one nobody migrated
// (migrations_pending), and ones that cannot be reached at all (database_unreachable) — a SQLite
// file in a folder that does not exist, and a PostgreSQL server on a port where nothing listens.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { checkReadiness } from "@/lib/health/check-readiness";
import { freePort } from "../../server/app-server";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
const folder = mkdtempSync(path.join(os.tmpdir(), "torch-most-ready-"));
const clients: Db[] = [];
const client = (url: string) => {
  const made = createDb(url);
  clients.push(made);
  return made;
};

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(clients.map((made) => made.$disconnect().catch(() => undefined)));
  await t.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe("checkReadiness", () => {
  it("is ready on a migrated database", async () => {
    expect(await checkReadiness({ db: t.db, provider: t.provider })).toEqual({ ready: true });
  });

  it("is not ready while migrations are pending", async () => {
    const empty = client(`file:${path.join(folder, "empty.db")}`);
    expect(await checkReadiness({ db: empty, provider: "sqlite" })).toMatchObject({ ready: false, reason: "migrations_pending", pending: expect.any(Number) });
  });

  it("is not ready when the database cannot be reached", async () => {
    const missingFolder = client(`file:${path.join(folder, "no-such-folder", "app.db")}`);
    expect(await checkReadiness({ db: missingFolder, provider: "sqlite" })).toEqual({ ready: false, reason: "database_unreachable" });
    const closedPort = client(`postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`);
    expect(await checkReadiness({ db: closedPort, provider: "postgresql" })).toEqual({ ready: false, reason: "database_unreachable" });
  });
});
