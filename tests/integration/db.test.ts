import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.drop();
});

describe("database layer", () => {
  it("refuses two login names that differ only in case", async () => {
    const base = { type: "natural", passwordHash: "md5:0", origin: "imported" };
    await testDb.db.platformAccount.create({ data: { ...base, loginName: "LiSi2020", loginNameKey: "lisi2020" } });
    await expect(
      testDb.db.platformAccount.create({ data: { ...base, loginName: "lisi2020", loginNameKey: "lisi2020" } }),
    ).rejects.toThrow();
    expect(await testDb.db.platformAccount.count()).toBe(1);
  });

  it("keeps one legal account per USCC", async () => {
    const base = { type: "legal", passwordHash: "md5:0", uscc: "91110108MA01ET88XL" };
    await testDb.db.platformAccount.create({ data: { ...base, loginName: "a1", loginNameKey: "a1" } });
    await expect(testDb.db.platformAccount.create({ data: { ...base, loginName: "a2", loginNameKey: "a2" } })).rejects.toThrow();
  });

  it("round-trips dates", async () => {
    const torch = await testDb.db.torchAccount.create({
      data: { kind: "personal", username: "13800000000", passwordHash: "md5:0", displayName: "张三" },
    });
    const again = await testDb.db.torchAccount.findUniqueOrThrow({ where: { id: torch.id } });
    expect(again.createdAt.getTime()).toBe(torch.createdAt.getTime());
  });
});
