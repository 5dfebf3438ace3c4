// 修改个人信息 → automatic check on a real database: verified, failed with the part that did not
// match, one ID → one verified account, non-resident IDs to manual review, limits, sealed storage.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyedHash, openText } from "@/lib/crypto/seal";
import { saveNaturalIdentity } from "@/lib/verification/save-natural-identity";
import { naturalIdentitySchema } from "@/lib/verification/schemas";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { accountRow, naturalAccount, registerPerson, residentId } from "./support";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const input = (personName: string, idNumber: string, idType = "resident-id") => naturalIdentitySchema.parse({ personName, idType, idNumber });
const save = (accountId: number, personName: string, idNumber: string, idType?: string) =>
  saveNaturalIdentity({ db: t.db, accountId, input: input(personName, idNumber, idType), client: "10.0.0.9" });

describe("saveNaturalIdentity", () => {
  it("verifies a person found in the registry and claims the ID number, stored only sealed and hashed", async () => {
    const id = residentId();
    await registerPerson(t.db, "张三", id);
    const account = await naturalAccount(t.db);
    expect(await save(account.id, " 张三 ", id.toLowerCase())).toEqual({ outcome: "verified" });
    const row = await accountRow(t.db, account.id);
    expect(row).toMatchObject({ realNameStatus: "verified", realNameFailure: null, personName: "张三", idType: "resident-id", idNumberHash: keyedHash(id), verifiedIdHash: keyedHash(id) });
    expect(row.idNumberEnc).not.toContain(id);
    expect(openText(row.idNumberEnc ?? "")).toBe(id);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { type: "verification.check", actor: `account:${account.id}` }, select: { result: true, detail: true } });
    expect(audit.result).toBe("success");
    expect(audit.detail).not.toContain(id);
    expect(await save(account.id, "张三", id)).toEqual({ outcome: "locked" });
  });

  it("says which part did not match, keeps the data for the re-check, and claims nothing", async () => {
    const id = residentId();
    await registerPerson(t.db, "李四", id);
    const account = await naturalAccount(t.db);
    expect(await save(account.id, "李思", id)).toEqual({ outcome: "failed", failure: "name-mismatch" });
    expect(await accountRow(t.db, account.id)).toMatchObject({ realNameStatus: "failed", realNameFailure: "name-mismatch", personName: "李思", verifiedIdHash: null });
    expect(await save(account.id, "李四", residentId())).toEqual({ outcome: "failed", failure: "id-not-found" });
    expect(await save(account.id, "李四", id)).toEqual({ outcome: "verified" });
  });

  it("refuses a second account an ID number already verified elsewhere, and leaves it as it was", async () => {
    const id = residentId();
    await registerPerson(t.db, "王五", id);
    const first = await naturalAccount(t.db);
    const second = await naturalAccount(t.db);
    expect(await save(first.id, "王五", id)).toEqual({ outcome: "verified" });
    expect(await save(second.id, "王五", id)).toEqual({ outcome: "idAlreadyVerified" });
    expect(await accountRow(t.db, second.id)).toMatchObject({ realNameStatus: "unverified", idNumberEnc: null, verifiedIdHash: null });
  });

  it("lets two accounts racing for one ID number end with one verified", async () => {
    const id = residentId();
    await registerPerson(t.db, "赵六", id);
    const accounts = await Promise.all([naturalAccount(t.db), naturalAccount(t.db), naturalAccount(t.db)]);
    const results = await Promise.all(accounts.map((account) => save(account.id, "赵六", id)));
    expect(results.filter((r) => r.outcome === "verified")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "idAlreadyVerified")).toHaveLength(2);
    expect(await t.db.platformAccount.count({ where: { verifiedIdHash: keyedHash(id) } })).toBe(1);
  });

  it("sends a passport holder to manual review without an automatic check", async () => {
    const account = await naturalAccount(t.db);
    expect(await save(account.id, "John Smith", "e1234 5678", "passport")).toEqual({ outcome: "manual" });
    const row = await accountRow(t.db, account.id);
    expect(row).toMatchObject({ realNameStatus: "unverified", realNameFailure: "not-checkable", idType: "passport", idNumberHash: keyedHash("passport:E12345678") });
    expect(openText(row.idNumberEnc ?? "")).toBe("E12345678");
  });

  it("allows ten checks an hour per account, then asks to wait", async () => {
    const account = await naturalAccount(t.db);
    for (let i = 0; i < 10; i += 1) expect((await save(account.id, "某人", residentId())).outcome).toBe("failed");
    const limited = await save(account.id, "某人", residentId());
    expect(limited.outcome).toBe("limited");
  });
});
