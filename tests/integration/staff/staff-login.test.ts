// Staff accounts and their two-factor login (issue 6 §6) against a real database: argon2
// passwords, TOTP enrolment and verification with otplib codes, replay refusal, throttling, and
// sessions that end on time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "@/lib/errors/app-error";
import { completeStaffTotp } from "@/lib/staff/complete-staff-totp";
import { createStaffAccount } from "@/lib/staff/create-staff-account";
import { logInStaff } from "@/lib/staff/log-in-staff";
import { startTotpEnrolment } from "@/lib/staff/start-totp-enrolment";
import { STAFF_ABSOLUTE_MS, STAFF_IDLE_MS } from "@/lib/staff/staff-rules";
import { validateStaffSession } from "@/lib/staff/validate-staff-session";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff, STAFF_PASSWORD, totpCodeFor } from "./factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const start = new Date("2026-11-29T08:00:05Z");
const later = (ms: number) => new Date(start.getTime() + ms);
let clientSeq = 0;
const client = () => `10.0.${Math.floor(clientSeq / 250)}.${(clientSeq += 1) % 250}`;

/** Password then TOTP (enrolling on the first login), as the two pages do. */
async function fullLogin(name: string, now: Date) {
  const first = await logInStaff({ db: t.db, name, password: STAFF_PASSWORD, client: client(), now });
  if (first.kind !== "password-ok") throw new Error(`password step: ${first.kind}`);
  const staff = await t.db.staffAccount.findUniqueOrThrow({ where: { nameKey: name.toLowerCase() }, select: { id: true } });
  if (!first.totpEnrolled) await startTotpEnrolment({ db: t.db, staffId: staff.id });
  const code = await totpCodeFor(t.db, staff.id, now);
  return { first, staffId: staff.id, code, second: await completeStaffTotp({ db: t.db, token: first.token, code, client: client(), now }) };
}

describe("createStaffAccount", () => {
  it("stores an argon2id hash and refuses a name differing only in case", async () => {
    const created = await createStaffAccount({ db: t.db, name: "Chen.Li", role: "reviewer", password: STAFF_PASSWORD });
    const row = await t.db.staffAccount.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true, nameKey: true, totpSecretEnc: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row).toMatchObject({ nameKey: "chen.li", totpSecretEnc: null });
    await expect(createStaffAccount({ db: t.db, name: "CHEN.LI", role: "editor", password: STAFF_PASSWORD })).rejects.toMatchObject({ code: "staff.nameTaken" });
  });
  it("refuses a weak password, an unknown role and a bad name as input errors", async () => {
    await expect(createStaffAccount({ db: t.db, name: "wang.fang", role: "reviewer", password: "password1" })).rejects.toBeInstanceOf(InputError);
    await expect(createStaffAccount({ db: t.db, name: "wang.fang", role: "root", password: STAFF_PASSWORD })).rejects.toMatchObject({ code: "staff.role" });
    await expect(createStaffAccount({ db: t.db, name: "wang fang", role: "reviewer", password: STAFF_PASSWORD })).rejects.toMatchObject({ code: "staff.name" });
    expect(await t.db.staffAccount.count({ where: { nameKey: "wang.fang" } })).toBe(0);
  });
});

describe("staff login", () => {
  it("enrols TOTP at the first login; the same secret is shown again until confirmed", async () => {
    const staff = await makeStaff(t.db);
    const first = await logInStaff({ db: t.db, name: staff.name, password: STAFF_PASSWORD, client: client(), now: start });
    expect(first).toMatchObject({ kind: "password-ok", totpEnrolled: false });
    const a = await startTotpEnrolment({ db: t.db, staffId: staff.id });
    const b = await startTotpEnrolment({ db: t.db, staffId: staff.id });
    expect(a?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(b?.secret).toBe(a?.secret);
    // Only the sealed secret is stored.
    const row = await t.db.staffAccount.findUniqueOrThrow({ where: { id: staff.id }, select: { totpSecretEnc: true } });
    expect(row.totpSecretEnc).not.toContain(a?.secret ?? "-");
  });

  it("a password alone opens only the half-open stage; the code swaps it for a new full session", async () => {
    const staff = await makeStaff(t.db);
    const { first, second } = await fullLogin(staff.name, start);
    if (first.kind !== "password-ok") throw new Error("unreachable");
    expect(await validateStaffSession({ db: t.db, token: first.token, now: start })).toBeNull();
    expect(second.kind).toBe("ok");
    if (second.kind !== "ok") return;
    expect(second.enrolled).toBe(true);
    expect(second.token).not.toBe(first.token);
    expect(await validateStaffSession({ db: t.db, token: second.token, now: start })).toMatchObject({ stage: "full", staffId: staff.id, role: "reviewer", totpEnrolled: true });
    // The next login asks for the code, not a new enrolment.
    const again = await logInStaff({ db: t.db, name: staff.name, password: STAFF_PASSWORD, client: client(), now: later(60_000) });
    expect(again).toMatchObject({ kind: "password-ok", totpEnrolled: true });
    expect(await startTotpEnrolment({ db: t.db, staffId: staff.id })).toBeNull();
  });

  it("never accepts the same code twice, even sent at once from two logins", async () => {
    const staff = await makeStaff(t.db);
    const { code, second } = await fullLogin(staff.name, start);
    expect(second.kind).toBe("ok");
    const replay = await logInStaff({ db: t.db, name: staff.name, password: STAFF_PASSWORD, client: client(), now: later(5_000) });
    if (replay.kind !== "password-ok") throw new Error(replay.kind);
    expect(await completeStaffTotp({ db: t.db, token: replay.token, code, client: client(), now: later(5_000) })).toEqual({ kind: "invalid" });

    // Next time step: two half-open sessions race with the one fresh code.
    const at = later(31_000);
    const fresh = await totpCodeFor(t.db, staff.id, at);
    const one = await logInStaff({ db: t.db, name: staff.name, password: STAFF_PASSWORD, client: client(), now: at });
    const two = await logInStaff({ db: t.db, name: staff.name, password: STAFF_PASSWORD, client: client(), now: at });
    if (one.kind !== "password-ok" || two.kind !== "password-ok") throw new Error("login failed");
    const results = await Promise.all([one, two].map((s) => completeStaffTotp({ db: t.db, token: s.token, code: fresh, client: client(), now: at })));
    expect(results.map((r) => r.kind).sort()).toEqual(["invalid", "ok"]);
  });

  it("answers an unknown name, a wrong password and a disabled account alike", async () => {
    const staff = await makeStaff(t.db);
    const disabled = await makeStaff(t.db);
    await t.db.staffAccount.update({ where: { id: disabled.id }, data: { disabledAt: start } });
    expect(await logInStaff({ db: t.db, name: "nobody.here", password: STAFF_PASSWORD, client: client(), now: start })).toEqual({ kind: "invalid" });
    expect(await logInStaff({ db: t.db, name: staff.name, password: "Wrong-Pass-2026!", client: client(), now: start })).toEqual({ kind: "invalid" });
    expect(await logInStaff({ db: t.db, name: disabled.name, password: STAFF_PASSWORD, client: client(), now: start })).toEqual({ kind: "invalid" });
  });

  it("locks a name after 5 wrong passwords in a row, the right one included, from any address", async () => {
    const staff = await makeStaff(t.db);
    for (let i = 0; i < 5; i += 1) {
      expect((await logInStaff({ db: t.db, name: staff.name, password: `Wrong-Pass-${i}!x`, client: client(), now: start })).kind).toBe("invalid");
    }
    const locked = await logInStaff({ db: t.db, name: staff.name.toUpperCase(), password: STAFF_PASSWORD, client: client(), now: start });
    expect(locked).toMatchObject({ kind: "locked" });
    expect(await logInStaff({ db: t.db, name: staff.name, password: STAFF_PASSWORD, client: client(), now: later(16 * 60_000) })).toMatchObject({ kind: "password-ok" });
  });

  it("ends the half-open session after 5 wrong codes", async () => {
    const staff = await makeStaff(t.db);
    await fullLogin(staff.name, start);
    const first = await logInStaff({ db: t.db, name: staff.name, password: STAFF_PASSWORD, client: client(), now: later(60_000) });
    if (first.kind !== "password-ok") throw new Error(first.kind);
    for (let i = 0; i < 5; i += 1) {
      expect(await completeStaffTotp({ db: t.db, token: first.token, code: "000000", client: client(), now: later(60_000) })).toEqual({ kind: "invalid" });
    }
    const right = await totpCodeFor(t.db, staff.id, later(60_000));
    expect(await completeStaffTotp({ db: t.db, token: first.token, code: right, client: client(), now: later(60_000) })).toMatchObject({ kind: "locked" });
    expect(await validateStaffSession({ db: t.db, token: first.token, now: later(60_000) })).toBeNull();
  });
});

describe("staff sessions", () => {
  it("end after 15 idle minutes and 8 hours at most, and with the account's disabling", async () => {
    const staff = await makeStaff(t.db);
    const { second } = await fullLogin(staff.name, start);
    if (second.kind !== "ok") throw new Error(second.kind);
    expect(await validateStaffSession({ db: t.db, token: second.token, now: later(STAFF_IDLE_MS - 1000) })).not.toBeNull();
    expect(await validateStaffSession({ db: t.db, token: second.token, now: later(2 * STAFF_IDLE_MS - 1000) })).toBeNull();

    const busy = await fullLogin(staff.name, later(STAFF_ABSOLUTE_MS)).then((r) => r.second);
    if (busy.kind !== "ok") throw new Error(busy.kind);
    const base = STAFF_ABSOLUTE_MS;
    for (let m = 10; m < 8 * 60; m += 10) {
      expect(await validateStaffSession({ db: t.db, token: busy.token, now: later(base + m * 60_000) }), `minute ${m}`).not.toBeNull();
    }
    expect(await validateStaffSession({ db: t.db, token: busy.token, now: later(base + STAFF_ABSOLUTE_MS) })).toBeNull();

    const third = await fullLogin(staff.name, later(3 * STAFF_ABSOLUTE_MS)).then((r) => r.second);
    if (third.kind !== "ok") throw new Error(third.kind);
    await t.db.staffAccount.update({ where: { id: staff.id }, data: { disabledAt: later(3 * STAFF_ABSOLUTE_MS) } });
    expect(await validateStaffSession({ db: t.db, token: third.token, now: later(3 * STAFF_ABSOLUTE_MS + 1000) })).toBeNull();
  });
});
