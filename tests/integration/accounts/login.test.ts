// Logging in (issue 5 §2–§3) against a real database: windows, identical failures, Torch hash
// upgrade, throttling that a long guessing run cannot get past and that an outsider cannot turn
// into a lock on the owner (issue 12 §7).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn, type LogInOptions } from "@/lib/accounts/log-in";
import { CAPTCHA_AFTER_FAILURES, NAME_CEILING_FAILURES, NAME_LOCK_AFTER_FAILURES } from "@/lib/accounts/login-throttle-rules";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeAccount, torchMd5 } from "./factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

let clientSeq = 0;
function attempt(over: Partial<LogInOptions> & Pick<LogInOptions, "loginName" | "password">) {
  clientSeq += 1;
  return logIn({ db: t.db, window: "natural", client: `10.0.0.${clientSeq}`, checkCaptcha: async () => true, ...over });
}

describe("logIn", () => {
  it("opens a session at the account's own window, with a fresh token each time", async () => {
    const account = await makeAccount(t.db, { loginName: "ZhangSan01", password: "Correct-Horse-42" });
    const first = await attempt({ loginName: "zhangsan01", password: "Correct-Horse-42" });
    const second = await attempt({ loginName: "ＺｈａｎｇＳａｎ０１", password: "Correct-Horse-42" });
    expect(first).toMatchObject({ kind: "success", accountId: account.id, passwordUpgraded: false, passwordWeak: false });
    expect(second.kind).toBe("success");
    if (first.kind !== "success" || second.kind !== "success") return;
    expect(first.token).not.toBe(second.token);
    expect(await t.db.session.count({ where: { accountId: account.id } })).toBe(2);
    const stored = await t.db.session.findMany({ where: { accountId: account.id }, select: { id: true } });
    expect(stored.map((s) => s.id)).not.toContain(first.token);
  });

  it("names the right window when the name and password are right but the window is wrong", async () => {
    await makeAccount(t.db, { type: "legal", loginName: "acme-legal", uscc: "91110108MA01ET88XL", orgName: "某公司" });
    const result = await attempt({ window: "natural", loginName: "acme-legal", password: "Correct-Horse-42" });
    expect(result).toEqual({ kind: "wrongWindow", window: "legal" });
    expect(await t.db.session.count()).toBe(2);
  });

  it("answers an unknown name exactly like a wrong password", async () => {
    await makeAccount(t.db, { loginName: "known-user", password: "Correct-Horse-42" });
    const wrongPassword = await attempt({ loginName: "known-user", password: "Wrong-Horse-42" });
    const unknownName = await attempt({ loginName: "nobody-here", password: "Wrong-Horse-42" });
    expect(wrongPassword).toEqual({ kind: "invalidCredentials", captchaRequired: false, retryAfterSeconds: null });
    expect(unknownName).toEqual(wrongPassword);
  });

  it("takes about as long for an unknown name as for a wrong password (argon2 either way)", async () => {
    await makeAccount(t.db, { loginName: "timing-argon", password: "Correct-Horse-42" });
    await makeAccount(t.db, { loginName: "timing-torch", passwordHash: torchMd5("Old-Torch-1") });
    await attempt({ loginName: "warm-up", password: "x" });
    // Interleaved samples, so that a burst of load on a shared machine hits every path alike.
    const names = ["timing-nobody", "timing-argon", "timing-torch"] as const;
    const samples: Record<(typeof names)[number], number[]> = { "timing-nobody": [], "timing-argon": [], "timing-torch": [] };
    for (let i = 0; i < 9; i += 1) {
      for (const loginName of names) {
        const started = performance.now();
        await attempt({ loginName, password: `Wrong-${i}-Pass` });
        samples[loginName].push(performance.now() - started);
        await t.db.rateLimit.deleteMany({});
      }
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[4];
    const unknown = median(samples["timing-nobody"]);
    // Loose bounds: the point is that no path skips the slow hash (a skip is 10× faster);
    // tight timing belongs in benchmarks, not tests, on these noisy machines.
    for (const other of [median(samples["timing-argon"]), median(samples["timing-torch"])]) {
      expect(other / unknown).toBeGreaterThan(0.25);
      expect(other / unknown).toBeLessThan(4);
    }
  });

  it("accepts a carried-over Torch password and upgrades the hash to argon2id", async () => {
    const account = await makeAccount(t.db, { loginName: "13800001111", passwordHash: torchMd5("torch123"), origin: "migrated" });
    const result = await attempt({ loginName: "13800001111", password: "torch123" });
    expect(result).toMatchObject({ kind: "success", passwordUpgraded: true, passwordWeak: true });
    const stored = await t.db.platformAccount.findUniqueOrThrow({
      where: { id: account.id },
      select: { passwordHash: true, passwordChangedAt: true, weakPasswordAt: true },
    });
    expect(stored.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(stored.passwordChangedAt).toBeNull();
    // The weak password is remembered, so 我的信息 keeps inviting a change on every device.
    expect(stored.weakPasswordAt).toBeInstanceOf(Date);
    const again = await attempt({ loginName: "13800001111", password: "torch123" });
    expect(again).toMatchObject({ kind: "success", passwordUpgraded: false });
  });

  it("asks for a captcha from the third failure and refuses without one", async () => {
    await makeAccount(t.db, { loginName: "captcha-user", password: "Correct-Horse-42" });
    const client = "192.0.2.10";
    for (let i = 0; i < 3; i += 1) await attempt({ client, loginName: "captcha-user", password: "nope" });
    const noCaptcha = await attempt({ client, loginName: "captcha-user", password: "Correct-Horse-42", checkCaptcha: async () => false });
    expect(noCaptcha).toEqual({ kind: "captchaRequired" });
    const withCaptcha = await attempt({ client, loginName: "captcha-user", password: "Correct-Horse-42" });
    expect(withCaptcha.kind).toBe("success");
  });

  it("opens nothing in a 1,000-try guess, even when the right password comes along", async () => {
    const account = await makeAccount(t.db, { loginName: "target-user", password: "Correct-Horse-42" });
    const kinds = new Map<string, number>();
    let verified = 0;
    for (let i = 0; i < 1000; i += 1) {
      // The 500th guess is the right one: the lock must hold it back too.
      const password = i === 499 ? "Correct-Horse-42" : `guess-${i}`;
      const result = await logIn({ db: t.db, window: "natural", client: "198.51.100.7", loginName: "TARGET-user", password, checkCaptcha: async () => true });
      kinds.set(result.kind, (kinds.get(result.kind) ?? 0) + 1);
      if (result.kind === "invalidCredentials") verified += 1;
    }
    expect(kinds.get("success")).toBeUndefined();
    expect(verified).toBe(NAME_LOCK_AFTER_FAILURES);
    expect(kinds.get("locked")).toBe(1000 - NAME_LOCK_AFTER_FAILURES);
    expect(await t.db.session.count({ where: { accountId: account.id } })).toBe(0);
  }, 120_000);

  it("tells a locked user how long to wait and lets them in after the lock ends", async () => {
    await makeAccount(t.db, { loginName: "locked-user", password: "Correct-Horse-42" });
    const client = "192.0.2.20";
    const start = new Date("2026-11-29T08:00:00Z");
    for (let i = 0; i < NAME_LOCK_AFTER_FAILURES; i += 1) {
      await attempt({ client, loginName: "locked-user", password: `bad-${i}`, now: new Date(start.getTime() + i * 60_000) });
    }
    const lockedAt = new Date(start.getTime() + NAME_LOCK_AFTER_FAILURES * 60_000);
    const locked = await attempt({ client, loginName: "locked-user", password: "Correct-Horse-42", now: lockedAt });
    expect(locked.kind).toBe("locked");
    if (locked.kind === "locked") {
      expect(locked.retryAfterSeconds).toBeGreaterThan(25 * 60);
      expect(locked.retryAfterSeconds).toBeLessThanOrEqual(30 * 60);
    }
    const later = await attempt({ client, loginName: "locked-user", password: "Correct-Horse-42", now: new Date(lockedAt.getTime() + 31 * 60_000) });
    expect(later.kind).toBe("success");
  });

  it("locks a name only at the client that failed: its owner still logs in from elsewhere", async () => {
    await makeAccount(t.db, { loginName: "13700001234", password: "Correct-Horse-42" });
    const outsider = "198.51.100.66";
    for (let i = 0; i < NAME_LOCK_AFTER_FAILURES; i += 1) {
      await attempt({ client: outsider, loginName: "13700001234", password: `guess-${i}` });
    }
    const atOutsider = await attempt({ client: outsider, loginName: "13700001234", password: "Correct-Horse-42" });
    expect(atOutsider.kind).toBe("locked");
    // The owner's address has never failed, yet the name has: a captcha is friction, not a lock,
    // so it stays on the name's count from everywhere and the owner solves one.
    const owner = "192.0.2.77";
    const withoutCaptcha = await attempt({ client: owner, loginName: "13700001234", password: "Correct-Horse-42", checkCaptcha: async () => false });
    expect(withoutCaptcha).toEqual({ kind: "captchaRequired" });
    const withCaptcha = await attempt({ client: owner, loginName: "13700001234", password: "Correct-Horse-42" });
    expect(withCaptcha.kind).toBe("success");
  });

  it("locks a name for everyone at its ceiling when the failures come from many clients", async () => {
    await makeAccount(t.db, { loginName: "91110108MA01XY7Q3K", password: "Correct-Horse-42" });
    // Each address stays under its own limit for the name; together they reach the ceiling.
    const kinds: string[] = [];
    for (let i = 0; i < NAME_CEILING_FAILURES; i += 1) {
      const result = await attempt({ client: `198.18.${Math.floor(i / 3)}.${i % 3}`, loginName: "91110108MA01XY7Q3K", password: `spread-${i}` });
      kinds.push(result.kind);
    }
    expect(kinds.slice(0, -1).every((kind) => kind === "invalidCredentials")).toBe(true);
    const owner = await attempt({ client: "192.0.2.99", loginName: "91110108MA01XY7Q3K", password: "Correct-Horse-42" });
    expect(owner.kind).toBe("locked");
    if (owner.kind === "locked") expect(owner.retryAfterSeconds).toBeGreaterThan(25 * 60);
  }, 60_000);

  it("forgives the owner's own failures on success, but not those from other clients", async () => {
    await makeAccount(t.db, { loginName: "forgiven-user", password: "Correct-Horse-42" });
    const [desk, phone, outsider] = ["192.0.2.30", "192.0.2.31", "198.51.100.30"];
    const noCaptcha = async () => false;
    for (let i = 0; i < CAPTCHA_AFTER_FAILURES; i += 1) await attempt({ client: desk, loginName: "forgiven-user", password: `typo-${i}`, checkCaptcha: noCaptcha });
    expect((await attempt({ client: desk, loginName: "forgiven-user", password: "Correct-Horse-42" })).kind).toBe("success");
    // The desk's typos left the name's total with its success, so the phone is asked for nothing.
    expect((await attempt({ client: phone, loginName: "forgiven-user", password: "Correct-Horse-42", checkCaptcha: noCaptcha })).kind).toBe("success");

    for (let i = 0; i < CAPTCHA_AFTER_FAILURES; i += 1) await attempt({ client: outsider, loginName: "forgiven-user", password: `guess-${i}` });
    expect(await attempt({ client: phone, loginName: "forgiven-user", password: "Correct-Horse-42", checkCaptcha: noCaptcha })).toEqual({ kind: "captchaRequired" });
    expect((await attempt({ client: phone, loginName: "forgiven-user", password: "Correct-Horse-42" })).kind).toBe("success");
    // The outsider's failures still stand: the owner's success gives a guesser no fresh budget.
    expect(await attempt({ client: phone, loginName: "forgiven-user", password: "Correct-Horse-42", checkCaptcha: noCaptcha })).toEqual({ kind: "captchaRequired" });
  });

  it("counts parallel guesses from one client so that no more than its limit are checked", async () => {
    await makeAccount(t.db, { loginName: "parallel-user", password: "Correct-Horse-42" });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        logIn({ db: t.db, window: "natural", client: "203.0.113.1", loginName: "parallel-user", password: `p-${i}`, checkCaptcha: async () => true }),
      ),
    );
    const checked = results.filter((r) => r.kind === "invalidCredentials").length;
    expect(checked).toBeLessThanOrEqual(NAME_LOCK_AFTER_FAILURES);
    expect(results.every((r) => r.kind === "invalidCredentials" || r.kind === "locked")).toBe(true);
  }, 60_000);

  it("counts parallel guesses from many clients so that no more than the name's ceiling are checked", async () => {
    await makeAccount(t.db, { loginName: "parallel-spread", password: "Correct-Horse-42" });
    const results = await Promise.all(
      Array.from({ length: NAME_CEILING_FAILURES + 20 }, (_, i) =>
        logIn({ db: t.db, window: "natural", client: `203.0.114.${i}`, loginName: "parallel-spread", password: `p-${i}`, checkCaptcha: async () => true }),
      ),
    );
    const checked = results.filter((r) => r.kind === "invalidCredentials").length;
    expect(checked).toBeLessThanOrEqual(NAME_CEILING_FAILURES);
    expect(results.every((r) => r.kind === "invalidCredentials" || r.kind === "locked")).toBe(true);
  }, 120_000);

  it("records successes and failures without secrets and with masked names", async () => {
    await makeAccount(t.db, { loginName: "audit-user", password: "Correct-Horse-42" });
    await attempt({ loginName: "audit-user", password: "Secret-Wrong-1" });
    await attempt({ loginName: "13912345678", password: "Secret-Wrong-2" });
    const events = await t.db.auditEvent.findMany({ where: { type: { startsWith: "login." } }, select: { actor: true, detail: true, client: true } });
    const text = JSON.stringify(events);
    expect(text).not.toContain("Secret-Wrong");
    expect(text).not.toContain("13912345678");
    expect(text).toContain("13****78");
  });
});
