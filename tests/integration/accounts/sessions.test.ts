// Server-side sessions (issue 5 §4): timeouts that really end them, logout and "sign out
// everywhere" that delete rows, and a stored hash that is not the cookie value.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "@/lib/sessions/create-session";
import { deleteAccountSessions } from "@/lib/sessions/delete-account-sessions";
import { deleteExpiredSessions } from "@/lib/sessions/delete-expired-sessions";
import { deleteSession } from "@/lib/sessions/delete-session";
import { hashSessionToken } from "@/lib/sessions/session-rules";
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

const login = new Date("2026-11-29T08:00:00Z");
const minutes = (n: number) => new Date(login.getTime() + n * 60_000);

describe("sessions", () => {
  it("stores only the SHA-256 of the token", async () => {
    const account = await makeAccount(t.db);
    const { token } = await createSession({ db: t.db, accountId: account.id, now: login });
    const rows = await t.db.session.findMany({ where: { accountId: account.id }, select: { id: true } });
    expect(rows).toEqual([{ id: hashSessionToken(token) }]);
  });

  it("ends after 30 minutes without a request, and stays ended", async () => {
    const account = await makeAccount(t.db);
    const { token } = await createSession({ db: t.db, accountId: account.id, now: login });
    expect(await validateSession({ db: t.db, token, now: minutes(29) })).toMatchObject({ accountId: account.id });
    // The request at minute 29 moved the idle end to minute 59.
    expect(await validateSession({ db: t.db, token, now: minutes(58) })).not.toBeNull();
    expect(await validateSession({ db: t.db, token, now: minutes(88) })).toBeNull();
    expect(await validateSession({ db: t.db, token, now: minutes(89) })).toBeNull();
    expect(await t.db.session.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("ends 12 hours after login however active the user is", async () => {
    const account = await makeAccount(t.db);
    const { token } = await createSession({ db: t.db, accountId: account.id, now: login });
    for (let m = 20; m < 12 * 60; m += 20) {
      expect(await validateSession({ db: t.db, token, now: minutes(m) }), `minute ${m}`).not.toBeNull();
    }
    expect(await validateSession({ db: t.db, token, now: minutes(12 * 60) })).toBeNull();
    expect(await t.db.session.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("refuses tokens it never issued", async () => {
    expect(await validateSession({ db: t.db, token: "not-a-token", now: login })).toBeNull();
    expect(await validateSession({ db: t.db, token: "A".repeat(43), now: login })).toBeNull();
    expect(await validateSession({ db: t.db, token: undefined, now: login })).toBeNull();
  });

  it("logout deletes the one session; sign out everywhere deletes them all", async () => {
    const account = await makeAccount(t.db);
    const a = await createSession({ db: t.db, accountId: account.id, now: login });
    const b = await createSession({ db: t.db, accountId: account.id, now: login });
    const c = await createSession({ db: t.db, accountId: account.id, now: login });
    await deleteSession({ db: t.db, token: a.token });
    expect(await validateSession({ db: t.db, token: a.token, now: minutes(1) })).toBeNull();
    expect(await validateSession({ db: t.db, token: b.token, now: minutes(1) })).not.toBeNull();
    const keep = await validateSession({ db: t.db, token: c.token, now: minutes(1) });
    expect(await deleteAccountSessions({ db: t.db, accountId: account.id, exceptSessionId: keep?.sessionId })).toBe(1);
    expect(await validateSession({ db: t.db, token: b.token, now: minutes(2) })).toBeNull();
    expect(await validateSession({ db: t.db, token: c.token, now: minutes(2) })).not.toBeNull();
    expect(await deleteAccountSessions({ db: t.db, accountId: account.id })).toBe(1);
    expect(await validateSession({ db: t.db, token: c.token, now: minutes(3) })).toBeNull();
  });

  it("housekeeping removes only sessions that can no longer be valid", async () => {
    const account = await makeAccount(t.db);
    await t.db.session.deleteMany({});
    const fresh = await createSession({ db: t.db, accountId: account.id, now: minutes(100) });
    await createSession({ db: t.db, accountId: account.id, now: login });
    expect(await deleteExpiredSessions({ db: t.db, now: minutes(110) })).toBe(1);
    expect(await validateSession({ db: t.db, token: fresh.token, now: minutes(110) })).not.toBeNull();
  });
});
