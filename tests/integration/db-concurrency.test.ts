// A write from one request must never join another request's open transaction. On SQLite the
// Prisma adapter shares one connection, so without lib/db/adapters/serialised-sqlite.ts the
// outside write below ran inside the transaction and vanished with its rollback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("concurrent writes and a rolled-back transaction", () => {
  it("keeps a write made outside while another transaction is open and then rolls back", async () => {
    let insideStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      insideStarted = resolve;
    });
    const failing = t.db.$transaction(async (tx) => {
      await tx.smsMessage.create({ data: { mobile: "13900000001", purpose: "inside", body: "rolled back" } });
      insideStarted();
      // Give the outside write every chance to run while this transaction is open.
      await new Promise((resolve) => setTimeout(resolve, 200));
      throw new Error("decision failed");
    });
    const outside = started.then(() => t.db.smsMessage.create({ data: { mobile: "13900000002", purpose: "outside", body: "kept" } }));
    await expect(failing).rejects.toThrow("decision failed");
    await outside;
    const purposes = (await t.db.smsMessage.findMany({ select: { purpose: true } })).map((row) => row.purpose);
    expect(purposes).toEqual(["outside"]);
  });

  it("still runs transactions one after another and plain reads between them", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? t.db.$transaction(async (tx) => {
              const row = await tx.smsMessage.create({ data: { mobile: "13900000003", purpose: `tx-${i}`, body: "b" }, select: { id: true } });
              return row.id;
            })
          : t.db.smsMessage.count(),
      ),
    );
    expect(results).toHaveLength(10);
    expect(await t.db.smsMessage.count({ where: { mobile: "13900000003" } })).toBe(5);
  });
});
