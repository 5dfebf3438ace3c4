// CONFLICT resolution (issue 13 §4) on a real database: the migration leaves CONFLICT records,
// staff assign a login name, the account the migration could not create appears (Torch password
// carried over, E-R4's authorisations where its rule calls for them), the lookup then gives the
// name and window, and a rerun of `migrate` neither undoes nor duplicates anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/passwords";
import { listConflictRecords } from "@/lib/db/migration/list-conflict-records";
import { resolveConflictRecord } from "@/lib/db/migration/resolve-conflict-record";
import { findLookupResult } from "@/lib/lookup/find-lookup-result";
import { runMigration } from "@/lib/migration/run-migration";
import { makePlatformAccount, makeTorchAccount, mobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff } from "../staff/factories";

let t: TestDatabase;
let staffId: number;
const enterpriseR3 = validUscc();
const enterpriseR4 = validUscc();
const person = mobile();

beforeAll(async () => {
  t = await createTestDatabase();
  staffId = (await makeStaff(t.db, { role: "admin" })).id;
  // Every name the migration would use is taken, so each of the three ends as CONFLICT.
  for (const name of [enterpriseR3, `HJ_${enterpriseR3}`, enterpriseR4, `hj_${enterpriseR4}`, person, `HJ_${person}`]) await makePlatformAccount(t.db, { loginName: name });
  await makePlatformAccount(t.db, { type: "legal", loginName: "own-legal-r4", uscc: enterpriseR4 });
  await makeTorchAccount(t.db, { kind: "enterprise", username: enterpriseR3, password: "Torch@2024", displayName: "三号企业", contactMobile: "13900000003" });
  await makeTorchAccount(t.db, { kind: "enterprise", username: enterpriseR4, password: "Torch@2024", displayName: "四号企业" });
  await makeTorchAccount(t.db, { kind: "personal", username: person, password: "Torch@2024", displayName: "王五" });
  const summary = await runMigration({ databaseUrl: t.url });
  expect(summary.conflicts).toBe(3);
});
afterAll(async () => {
  await t.drop();
});

const torchId = async (username: string) => (await t.db.torchAccount.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;

describe("CONFLICT records", () => {
  it("are listed with the accounts holding the names and a free name to suggest", async () => {
    const { total, records } = await listConflictRecords({ db: t.db, state: "open", page: 1 });
    expect(total).toBe(3);
    const r4 = records.find((record) => record.username === enterpriseR4);
    expect(r4?.holders.map((holder) => holder.loginName)).toEqual([enterpriseR4, `hj_${enterpriseR4}`]);
    expect(r4?.suggestion).toBe(`HJ2_${enterpriseR4}`);
  });

  it("refuse a taken name (any case), a malformed one and another's mobile, beside the login name", async () => {
    const id = await torchId(person);
    const attempt = (loginName: string) => resolveConflictRecord({ db: t.db, torchAccountId: id, loginName, note: "电话核实", staffId });
    await expect(attempt(`hj_${person}`)).rejects.toMatchObject({ code: "conflict.loginNameTaken", field: "loginName" });
    await expect(attempt("王五")).rejects.toMatchObject({ code: "conflict.loginNameFormat" });
    await expect(attempt("13800000000")).rejects.toMatchObject({ code: "conflict.loginNameMobileNotOwn" });
    expect(await t.db.migrationRecord.count({ where: { resolvedAt: { not: null } } })).toBe(0);
  });

  it("create the account the rule would have made and give the lookup the assigned name and window", async () => {
    const r3 = await resolveConflictRecord({ db: t.db, torchAccountId: await torchId(enterpriseR3), loginName: ` HJ2_${enterpriseR3} `, note: "已电话核实企业经办人", staffId });
    const r4 = await resolveConflictRecord({ db: t.db, torchAccountId: await torchId(enterpriseR4), loginName: `HJ2_${enterpriseR4}`, note: "已电话核实企业经办人", staffId });
    const p3 = await resolveConflictRecord({ db: t.db, torchAccountId: await torchId(person), loginName: `wangwu-${person}`, note: "本人来电核实", staffId });
    expect([r3.window, r4.window, p3.window]).toEqual(["legal", "natural", "natural"]);

    const legal = await t.db.platformAccount.findUniqueOrThrow({ where: { id: r3.platformAccountId }, select: { type: true, uscc: true, orgName: true, origin: true, passwordHash: true, reservedMobile: true } });
    expect(legal).toMatchObject({ type: "legal", uscc: enterpriseR3, orgName: "三号企业", origin: "migrated", reservedMobile: "13900000003" });
    expect(await verifyPassword(legal.passwordHash, "Torch@2024")).toBe(true);
    const grants = await t.db.orgAuthorisation.findMany({ where: { accountId: r4.platformAccountId }, select: { uscc: true, system: true, grantedBy: true, staffId: true } });
    expect(grants).toEqual([
      { uscc: enterpriseR4, system: "gaoqi", grantedBy: "staff", staffId },
      { uscc: enterpriseR4, system: "kexiao", grantedBy: "staff", staffId },
    ]);
    const natural = await t.db.platformAccount.findUniqueOrThrow({ where: { id: p3.platformAccountId }, select: { type: true, reservedMobile: true, personName: true } });
    expect(natural).toEqual({ type: "natural", reservedMobile: person, personName: "王五" });

    const record = await t.db.migrationRecord.findUniqueOrThrow({ where: { torchAccountId: await torchId(enterpriseR3) } });
    expect(record).toMatchObject({ outcome: "CONFLICT", loginName: `HJ2_${enterpriseR3}`, window: "legal", platformAccountId: r3.platformAccountId, accountCreated: true, resolvedBy: staffId, resolutionNote: "已电话核实企业经办人" });
    expect(await t.db.auditEvent.count({ where: { type: "migration.resolve", actor: `staff:${staffId}` } })).toBe(3);

    expect(await findLookupResult({ db: t.db, databaseUrl: t.url, input: enterpriseR3 })).toEqual({
      input: enterpriseR3, kind: "enterprise", registeredInTorch: true, outcome: "CONFLICT", loginName: `HJ2_${enterpriseR3}`, window: "legal",
    });
    expect(await findLookupResult({ db: t.db, input: person })).toMatchObject({ outcome: "CONFLICT", loginName: `wangwu-${person}`, window: "natural" });
  });

  it("are resolved once only, and a rerun of migrate keeps every resolution", async () => {
    await expect(resolveConflictRecord({ db: t.db, torchAccountId: await torchId(person), loginName: "another-name", note: "再次处理", staffId })).rejects.toMatchObject({ code: "conflict.alreadyResolved" });
    const before = await t.db.migrationRecord.findMany({ orderBy: { id: "asc" } });
    const accounts = await t.db.platformAccount.count();
    const rerun = await runMigration({ databaseUrl: t.url });
    expect(rerun).toMatchObject({ created: 0, conflicts: 3 });
    expect(await t.db.migrationRecord.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await t.db.platformAccount.count()).toBe(accounts);
    expect((await listConflictRecords({ db: t.db, state: "resolved", page: 1 })).records.map((r) => r.resolved?.by)).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
  });

  it("let one of two simultaneous resolutions win", async () => {
    const uscc = validUscc();
    for (const name of [uscc, `HJ_${uscc}`]) await makePlatformAccount(t.db, { loginName: name });
    await makeTorchAccount(t.db, { kind: "enterprise", username: uscc });
    await runMigration({ databaseUrl: t.url });
    const id = await torchId(uscc);
    const results = await Promise.allSettled(
      ["first", "second"].map((suffix) => resolveConflictRecord({ db: t.db, torchAccountId: id, loginName: `HJ9_${uscc}_${suffix}`.slice(0, 32), note: "同时处理", staffId })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.platformAccount.count({ where: { loginNameKey: { startsWith: `hj9_${uscc.toLowerCase()}` } } })).toBe(1);
  });
});
