// Staff management by admins (issue 13 §4) on a real database: disabling ends the sessions at once,
// a role change counts at the next request, a TOTP reset makes the next login enrol again, every
// change is audited, and no change leaves the console without an enabled admin — not even two
// admins demoting each other at the same moment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStaffAccounts } from "@/lib/db/staff/list-staff-accounts";
import { updateStaffAccount } from "@/lib/db/staff/update-staff-account";
import { createStaffAccount } from "@/lib/staff/create-staff-account";
import { createStaffSession } from "@/lib/staff/create-staff-session";
import { validateStaffSession } from "@/lib/staff/validate-staff-session";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff, STAFF_PASSWORD } from "../staff/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("staff management", () => {
  it("creates an account from the console, audited with the admin as actor", async () => {
    const admin = await makeStaff(t.db, { role: "admin" });
    const created = await createStaffAccount({ db: t.db, name: "editor.li", role: "editor", password: STAFF_PASSWORD, actor: `staff:${admin.id}` });
    expect(await t.db.auditEvent.count({ where: { type: "staff.create", actor: `staff:${admin.id}`, detail: { contains: `staff:${created.id}` } } })).toBe(1);
    const listed = (await listStaffAccounts({ db: t.db })).find((row) => row.id === created.id);
    expect(listed).toMatchObject({ name: "editor.li", role: "editor", disabledAt: null, totpEnrolled: false, lastSeenAt: null });
    expect(JSON.stringify(listed)).not.toContain("passwordHash");
  });

  it("ends a disabled account's sessions, changes roles, resets TOTP, and audits each", async () => {
    const admin = await makeStaff(t.db, { role: "admin" });
    const reviewer = await makeStaff(t.db, { role: "reviewer" });
    const session = await createStaffSession({ db: t.db, staffId: reviewer.id, stage: "full", client: "10.0.0.1" });
    const update = (change: Parameters<typeof updateStaffAccount>[0]["change"]) => updateStaffAccount({ db: t.db, targetId: reviewer.id, change, actorId: admin.id });

    await update({ kind: "role", role: "editor" });
    expect((await validateStaffSession({ db: t.db, token: session.token }))?.role).toBe("editor");
    await update({ kind: "disable" });
    expect(await validateStaffSession({ db: t.db, token: session.token })).toBeNull();
    expect(await t.db.staffSession.count({ where: { staffId: reviewer.id } })).toBe(0);
    await update({ kind: "enable" });
    await t.db.staffAccount.update({ where: { id: reviewer.id }, data: { totpSecretEnc: "sealed", totpConfirmedAt: new Date(), totpLastStep: 42 } });
    await update({ kind: "resetTotp" });
    expect(await t.db.staffAccount.findUniqueOrThrow({ where: { id: reviewer.id }, select: { role: true, disabledAt: true, totpSecretEnc: true, totpConfirmedAt: true, totpLastStep: true } })).toEqual({
      role: "editor", disabledAt: null, totpSecretEnc: null, totpConfirmedAt: null, totpLastStep: null,
    });
    const audited = await t.db.auditEvent.findMany({ where: { actor: `staff:${admin.id}`, detail: { contains: `"staff:${reviewer.id}"` } }, orderBy: { id: "asc" }, select: { type: true } });
    expect(audited.map((event) => event.type)).toEqual(["staff.role", "staff.disable", "staff.enable", "staff.totpReset"]);
  });

  it("refuses disabling oneself and removing the last enabled admin", async () => {
    await t.db.staffAccount.updateMany({ where: { role: "admin" }, data: { disabledAt: new Date() } });
    const only = await makeStaff(t.db, { role: "admin" });
    await expect(updateStaffAccount({ db: t.db, targetId: only.id, change: { kind: "disable" }, actorId: only.id })).rejects.toMatchObject({ code: "staff.self" });
    await expect(updateStaffAccount({ db: t.db, targetId: only.id, change: { kind: "role", role: "reviewer" }, actorId: only.id })).rejects.toMatchObject({ code: "staff.lastAdmin" });
    await expect(updateStaffAccount({ db: t.db, targetId: 999_999, change: { kind: "enable" }, actorId: only.id })).rejects.toMatchObject({ code: "staff.notFound" });
    expect((await t.db.staffAccount.findUniqueOrThrow({ where: { id: only.id } })).role).toBe("admin");
  });

  it("keeps one admin when two admins demote each other at once", async () => {
    await t.db.staffAccount.updateMany({ where: { role: "admin" }, data: { disabledAt: new Date() } });
    const a = await makeStaff(t.db, { role: "admin" });
    const b = await makeStaff(t.db, { role: "admin" });
    const results = await Promise.allSettled([
      updateStaffAccount({ db: t.db, targetId: a.id, change: { kind: "role", role: "reviewer" }, actorId: b.id }),
      updateStaffAccount({ db: t.db, targetId: b.id, change: { kind: "role", role: "reviewer" }, actorId: a.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled").length).toBeLessThanOrEqual(1);
    expect(await t.db.staffAccount.count({ where: { role: "admin", disabledAt: null } })).toBe(1);
  });
});
