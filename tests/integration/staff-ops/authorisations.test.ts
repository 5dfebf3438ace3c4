// E-R4 authorisations managed by staff (issue 13 §4) on a real database, and what the services
// pages make of them (getServiceEntry): a grant lets the verified natural account in, a revoked or
// expired one does not, and a changed validity counts at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getServiceEntry } from "@/lib/accounts/get-service-entry";
import { changeAuthorisation } from "@/lib/db/authorisations/change-authorisation";
import { grantAuthorisation } from "@/lib/db/authorisations/grant-authorisation";
import { listAuthorisations } from "@/lib/db/authorisations/list-authorisations";
import { makePlatformAccount, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff } from "../staff/factories";

let t: TestDatabase;
let staffId: number;
const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-04T08:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  staffId = (await makeStaff(t.db, { role: "admin" })).id;
});
afterAll(async () => {
  await t.drop();
});

const grant = (loginName: string, uscc: string, over: Partial<Parameters<typeof grantAuthorisation>[0]> = {}) =>
  grantAuthorisation({ db: t.db, loginName, uscc, system: "both", validFrom: new Date(now.getTime() - day), validTo: null, note: "企业来函授权", staffId, now, ...over });

describe("staff-managed authorisations", () => {
  it("grant both systems to a verified natural account, which may then enter them for the enterprise", async () => {
    const uscc = validUscc();
    const agent = await makePlatformAccount(t.db, { loginName: "Agent-One", realNameStatus: "verified" });
    const { ids } = await grant("agent-one", uscc);
    expect(ids).toHaveLength(2);
    expect(await getServiceEntry({ db: t.db, accountId: agent.id, system: "kexiao", now })).toMatchObject({ allowed: true, organisations: [{ uscc }] });
    const { total, rows } = await listAuthorisations({ db: t.db, uscc, loginNameKey: null, page: 1 });
    expect(total).toBe(2);
    expect(rows[0]).toMatchObject({ accountLoginName: "Agent-One", grantedBy: "staff", staffName: expect.any(String), note: "企业来函授权", revokedAt: null });
    expect(await t.db.auditEvent.count({ where: { type: "authorisation.grant", actor: `staff:${staffId}` } })).toBe(2);
  });

  it("refuse a legal account, an unknown name and a second grant in force, naming the field", async () => {
    const uscc = validUscc();
    await makePlatformAccount(t.db, { type: "legal", loginName: "legal-acc", uscc: validUscc() });
    await makePlatformAccount(t.db, { loginName: "agent-two", realNameStatus: "verified" });
    await expect(grant("legal-acc", uscc)).rejects.toMatchObject({ code: "authorisation.notNatural", field: "loginName" });
    await expect(grant("nobody-here", uscc)).rejects.toMatchObject({ code: "authorisation.accountNotFound" });
    await grant("agent-two", uscc, { system: "gaoqi" });
    await expect(grant("agent-two", uscc)).rejects.toMatchObject({ code: "authorisation.exists", field: "system" });
    // The refused "both" wrote nothing: kexiao was not granted either.
    expect(await t.db.orgAuthorisation.count({ where: { uscc } })).toBe(1);
  });

  it("stop counting once revoked or expired, count again when granted again or the dates change", async () => {
    const uscc = validUscc();
    const agent = await makePlatformAccount(t.db, { loginName: "agent-three", realNameStatus: "verified" });
    const { ids } = await grant("agent-three", uscc, { system: "gaoqi" });
    const entry = () => getServiceEntry({ db: t.db, accountId: agent.id, system: "gaoqi", now });
    await changeAuthorisation({ db: t.db, change: "revoke", id: ids[0], note: "企业撤回授权", staffId, now });
    expect(await entry()).toMatchObject({ allowed: false, reason: "notAuthorised" });
    await expect(changeAuthorisation({ db: t.db, change: "dates", id: ids[0], validFrom: now, validTo: null, note: "调整", staffId })).rejects.toMatchObject({ code: "authorisation.revoked" });
    expect((await t.db.orgAuthorisation.findUniqueOrThrow({ where: { id: ids[0] } })).revokedAt).toEqual(now);

    await grant("agent-three", uscc, { system: "gaoqi" });
    expect((await entry()).allowed).toBe(true);
    await changeAuthorisation({ db: t.db, change: "dates", id: ids[0], validFrom: new Date(now.getTime() - 10 * day), validTo: new Date(now.getTime() - day), note: "授权期满", staffId, now });
    expect(await entry()).toMatchObject({ allowed: false });
    expect(await t.db.auditEvent.count({ where: { type: { in: ["authorisation.revoke", "authorisation.change"] } } })).toBe(2);
    await expect(changeAuthorisation({ db: t.db, change: "revoke", id: 999_999, note: "不存在", staffId })).rejects.toMatchObject({ code: "authorisation.notFound" });
  });

  it("include the migration's own grants, which staff can revoke too", async () => {
    const uscc = validUscc();
    const agent = await makePlatformAccount(t.db, { loginName: "agent-four", realNameStatus: "verified" });
    const row = await t.db.orgAuthorisation.create({ data: { accountId: agent.id, uscc, system: "kexiao", validFrom: new Date(now.getTime() - day), grantedBy: "migration" }, select: { id: true } });
    expect((await getServiceEntry({ db: t.db, accountId: agent.id, system: "kexiao", now })).allowed).toBe(true);
    await changeAuthorisation({ db: t.db, change: "revoke", id: row.id, note: "企业撤回授权", staffId, now });
    expect((await getServiceEntry({ db: t.db, accountId: agent.id, system: "kexiao", now })).allowed).toBe(false);
  });
});
