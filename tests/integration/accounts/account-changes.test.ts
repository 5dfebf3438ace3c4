// Password and mobile changes ask for the current password; a password change ends the other
// sessions; the audit trail records them without secrets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeMobile } from "@/lib/accounts/change-mobile";
import { changePassword } from "@/lib/accounts/change-password";
import { logIn } from "@/lib/accounts/log-in";
import { createSession } from "@/lib/sessions/create-session";
import { validateSession } from "@/lib/sessions/validate-session";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeAccount } from "./factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const client = "192.0.2.50";

describe("changePassword", () => {
  it("refuses a wrong current password and a new one that fails the policy", async () => {
    const account = await makeAccount(t.db, { loginName: "changer1", password: "Correct-Horse-42" });
    const session = await createSession({ db: t.db, accountId: account.id });
    const base = { db: t.db, accountId: account.id, sessionId: "x", client };
    expect(await changePassword({ ...base, currentPassword: "nope", newPassword: "New-Pass-2026", newPasswordConfirm: "New-Pass-2026" })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: ["fieldErrors.passwordWrong"] },
    });
    expect(
      await changePassword({ ...base, currentPassword: "Correct-Horse-42", newPassword: "changer1-A", newPasswordConfirm: "changer1-B" }),
    ).toEqual({
      ok: false,
      fieldErrors: { newPassword: ["passwordPolicy.containsPersonalData"], newPasswordConfirm: ["fieldErrors.passwordConfirmMismatch"] },
    });
    expect(await validateSession({ db: t.db, token: session.token })).not.toBeNull();
  });

  it("stores a new argon2id hash, keeps this session and ends the others", async () => {
    const account = await makeAccount(t.db, { loginName: "changer2", password: "Correct-Horse-42" });
    const mine = await createSession({ db: t.db, accountId: account.id });
    const other = await createSession({ db: t.db, accountId: account.id });
    const mineId = (await validateSession({ db: t.db, token: mine.token }))!.sessionId;
    const result = await changePassword({
      db: t.db,
      accountId: account.id,
      sessionId: mineId,
      currentPassword: "Correct-Horse-42",
      newPassword: "Fresh-Garden-77",
      newPasswordConfirm: "Fresh-Garden-77",
      client,
    });
    expect(result).toEqual({ ok: true });
    const stored = await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { passwordHash: true, passwordChangedAt: true } });
    expect(stored.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(stored.passwordChangedAt).not.toBeNull();
    expect(await validateSession({ db: t.db, token: mine.token })).not.toBeNull();
    expect(await validateSession({ db: t.db, token: other.token })).toBeNull();
    const events = await t.db.auditEvent.findMany({ where: { type: "password.change" }, select: { detail: true, result: true } });
    expect(JSON.stringify(events)).not.toMatch(/Fresh-Garden|Correct-Horse/);
  });

  it("locks after ten wrong current passwords from one client, like the login", async () => {
    const account = await makeAccount(t.db, { loginName: "changer3", password: "Correct-Horse-42" });
    const base = { db: t.db, accountId: account.id, sessionId: "x", newPassword: "New-Pass-2026", newPasswordConfirm: "New-Pass-2026", client: "198.18.0.1" };
    for (let i = 0; i < 10; i += 1) await changePassword({ ...base, currentPassword: `bad-${i}` });
    const locked = await changePassword({ ...base, currentPassword: "Correct-Horse-42" });
    expect(locked.ok).toBe(false);
    expect(locked).toHaveProperty("retryAfterSeconds");
  });

  it("a session holder cannot try more current passwords by changing address: ten per account", async () => {
    // Only someone holding the account's session reaches this check, so its limit is the
    // account's own, whatever addresses the guesses come from (a stolen session behind many proxies).
    const account = await makeAccount(t.db, { loginName: "changer4", password: "Correct-Horse-42" });
    const base = { db: t.db, accountId: account.id, sessionId: "x", newPassword: "New-Pass-2026", newPasswordConfirm: "New-Pass-2026" };
    for (let i = 0; i < 10; i += 1) await changePassword({ ...base, client: `198.18.1.${i}`, currentPassword: `bad-${i}` });
    const locked = await changePassword({ ...base, client: "198.18.1.200", currentPassword: "Correct-Horse-42" });
    expect(locked.ok).toBe(false);
    expect(locked).toHaveProperty("retryAfterSeconds");
  });

  it("the two budgets are apart: failed logins at an address do not stop the owner's change there, and wrong current passwords do not stop logins", async () => {
    const account = await makeAccount(t.db, { loginName: "changer5", password: "Correct-Horse-42" });
    const office = "198.18.2.1";
    const login = (password: string) => logIn({ db: t.db, window: "natural", client: office, loginName: "changer5", password, checkCaptcha: async () => true });
    for (let i = 0; i < 10; i += 1) await login(`bad-${i}`);
    expect(await login("Correct-Horse-42")).toMatchObject({ kind: "locked" });
    const base = { db: t.db, accountId: account.id, sessionId: "x", newPasswordConfirm: "New-Pass-2026", client: office };
    expect(await changePassword({ ...base, newPassword: "New-Pass-2026", currentPassword: "Correct-Horse-42" })).toEqual({ ok: true });

    const other = await makeAccount(t.db, { loginName: "changer6", password: "Correct-Horse-42" });
    for (let i = 0; i < 10; i += 1) await changePassword({ ...base, accountId: other.id, newPassword: "New-Pass-2026", currentPassword: `bad-${i}` });
    const again = await logIn({ db: t.db, window: "natural", client: office, loginName: "changer6", password: "Correct-Horse-42", checkCaptcha: async () => true });
    expect(again.kind).toBe("success");
  });
});

describe("changeMobile", () => {
  it("needs the current password and a confirmed new mobile", async () => {
    const account = await makeAccount(t.db, { loginName: "mover1", password: "Correct-Horse-42", reservedMobile: "13800000001" });
    const base = { db: t.db, accountId: account.id, newMobile: "13900000002", client };
    let codeSpent = 0;
    const confirm = (ok: boolean) => async () => {
      codeSpent += 1;
      return ok;
    };
    expect(await changeMobile({ ...base, currentPassword: "bad", confirmMobile: confirm(true) })).toMatchObject({ ok: false });
    expect(codeSpent).toBe(0);
    expect(await changeMobile({ ...base, currentPassword: "Correct-Horse-42", confirmMobile: confirm(false) })).toEqual({
      ok: false,
      fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] },
    });
    expect(await changeMobile({ ...base, currentPassword: "Correct-Horse-42", confirmMobile: confirm(true) })).toEqual({ ok: true });
    const stored = await t.db.platformAccount.findUniqueOrThrow({ where: { id: account.id }, select: { reservedMobile: true } });
    expect(stored.reservedMobile).toBe("13900000002");
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { type: "mobile.change", result: "success" }, select: { detail: true } });
    expect(event.detail).toContain("139****0002");
    expect(event.detail).not.toContain("13900000002");
  });
});
