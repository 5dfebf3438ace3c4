// 登录名重置密码's limits per login name (issue 12 §7): one client's junk posts for a name spend
// only that client's share, so the honest person at another address can still reset; a ceiling
// over all clients still holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openResetTicket, type ResetTicket } from "@/lib/recovery/reset-ticket";
import { resetPassword } from "@/lib/recovery/reset-password";
import { sendResetCode } from "@/lib/recovery/send-reset-code";
import { startReset } from "@/lib/recovery/start-reset";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { makeAccount } from "../accounts/factories";
import { mobile as freshMobile } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const NEW_PASSWORD = "Fresh-Garden-77";
const ATTACKER = "203.0.113.66";
const HONEST = "198.51.100.20";

async function start(loginName: string, client: string): Promise<ResetTicket> {
  const started = await startReset({ db: t.db, kind: "natural", loginName, client });
  if (!started.ok) throw new Error("limited");
  return openResetTicket(started.ticket)!;
}

async function sendCode(loginName: string, mobile: string, client: string) {
  const sent = await sendResetCode({ db: t.db, ticket: await start(loginName, client), details: { mobile, orgName: null, uscc: null }, client });
  if (!sent.ok) throw new Error("limited");
  return openResetTicket(sent.ticket) as ResetTicket & { sent: NonNullable<ResetTicket["sent"]> };
}

const submit = (ticket: ResetTicket & { sent: NonNullable<ResetTicket["sent"]> }, smsCode: string, client: string) =>
  resetPassword({ db: t.db, ticket, smsCode, newPassword: NEW_PASSWORD, newPasswordConfirm: NEW_PASSWORD, client });

describe("登录名重置密码 limits per login name", () => {
  it("lets another client search a name one client has spent its budget on, under a ceiling of fifty", async () => {
    const junk = [];
    for (let i = 0; i < 11; i += 1) junk.push(await startReset({ db: t.db, kind: "natural", loginName: "victim_search", client: ATTACKER }));
    expect(junk.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(junk[10]).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect((await startReset({ db: t.db, kind: "natural", loginName: "victim_search", client: HONEST })).ok).toBe(true);

    const spread = [];
    for (let i = 0; i < 50; i += 1) spread.push(await startReset({ db: t.db, kind: "natural", loginName: "ceiling_search", client: `203.0.114.${i + 1}` }));
    expect(spread.every((r) => r.ok)).toBe(true);
    expect(await startReset({ db: t.db, kind: "natural", loginName: "ceiling_search", client: HONEST })).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });

  it("sends the honest client a code after another client spent its sends for the name on wrong mobiles", async () => {
    const mobile = freshMobile();
    await makeAccount(t.db, { loginName: "victim_send", reservedMobile: mobile });
    const ticket = await start("victim_send", ATTACKER);
    const junk = [];
    for (let i = 0; i < 6; i += 1) junk.push(await sendResetCode({ db: t.db, ticket, details: { mobile: freshMobile(), orgName: null, uscc: null }, client: ATTACKER }));
    expect(junk[5]).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });

    await sendCode("victim_send", mobile, HONEST);
    expect(await findLastSmsCode({ db: t.db, mobile })).not.toBeNull();
  });

  it("lets the honest client reset after another client spent its tries for the name on wrong codes", async () => {
    const mobile = freshMobile();
    await makeAccount(t.db, { loginName: "victim_submit", reservedMobile: mobile });
    const junkTicket = await sendCode("victim_submit", freshMobile(), ATTACKER);
    const junk = [];
    for (let i = 0; i < 11; i += 1) junk.push(await submit(junkTicket, "000000", ATTACKER));
    expect(junk[10]).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });

    const ticket = await sendCode("victim_submit", mobile, HONEST);
    const code = (await findLastSmsCode({ db: t.db, mobile }))!.code!;
    expect(await submit(ticket, code, HONEST)).toEqual({ ok: true });
  });
});
