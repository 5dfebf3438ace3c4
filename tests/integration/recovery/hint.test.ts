// The E-R4 hint: masked name and mobile on the page, the full name only by SMS to the reserved mobile.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendLoginNameHint } from "@/lib/recovery/send-login-name-hint";
import { makeAccount } from "../accounts/factories";
import { mobile as freshMobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("sendLoginNameHint", () => {
  it("shows masks and texts the full login name to the reserved mobile, once per ten minutes", async () => {
    const mobile = freshMobile();
    const uscc = validUscc();
    await makeAccount(t.db, { type: "legal", loginName: "hongxingkeji", reservedMobile: mobile, uscc, orgName: "红星科技" });
    const first = await sendLoginNameHint({ db: t.db, uscc, client: "192.0.2.1" });
    expect(first).toEqual({ ok: true, found: true, maskedLoginName: "ho****ji", maskedMobile: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`, smsSent: true });
    const sms = await t.db.smsMessage.findMany({ where: { mobile, purpose: "login-name-hint" }, select: { body: true } });
    expect(sms).toHaveLength(1);
    expect(sms[0].body).toContain("hongxingkeji");

    const second = await sendLoginNameHint({ db: t.db, uscc, client: "192.0.2.2" });
    expect(second).toMatchObject({ ok: true, found: true, smsSent: false });
    expect(await t.db.smsMessage.count({ where: { mobile, purpose: "login-name-hint" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { type: "login-name.hint", result: "success" } })).toBe(2);
  });

  it("says so when there is no legal account, and limits each client", async () => {
    expect(await sendLoginNameHint({ db: t.db, uscc: validUscc(), client: "192.0.2.9" })).toEqual({ ok: true, found: false });
    for (let i = 0; i < 9; i += 1) await sendLoginNameHint({ db: t.db, uscc: validUscc(), client: "192.0.2.9" });
    expect(await sendLoginNameHint({ db: t.db, uscc: validUscc(), client: "192.0.2.9" })).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
  });
});
