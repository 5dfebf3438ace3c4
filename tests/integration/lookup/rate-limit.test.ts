// Fixed-window counters in the RateLimit table: exact under concurrency, reset when the window
// ends, and no identifier stored in plain text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimOnce } from "@/lib/rate-limit/claim-once";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const now = new Date("2026-11-29T03:00:00.000Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("consumeRateLimit", () => {
  it("allows the limit, then refuses with the wait until the window ends, then starts again", async () => {
    const base = { db: t.db, key: "test:seq:13800138000", points: 3, durationSeconds: 60 };
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await consumeRateLimit({ ...base, now: at(i) }));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, false]);
    expect(answers[3].retryAfterSeconds).toBe(57);
    expect(await consumeRateLimit({ ...base, now: at(59) })).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await consumeRateLimit({ ...base, now: at(60) })).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await consumeRateLimit({ ...base, now: at(61) })).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("lets exactly the limit through when fifty requests arrive at once", async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => consumeRateLimit({ db: t.db, key: "test:burst", points: 10, durationSeconds: 600, now })),
    );
    expect(answers.filter((a) => a.allowed)).toHaveLength(10);
    expect(answers.filter((a) => !a.allowed).every((a) => a.retryAfterSeconds === 600)).toBe(true);
  });

  it("keeps keys apart and stores none of them in plain text", async () => {
    await consumeRateLimit({ db: t.db, key: "lookup:id:91110108MA01ET88XL", points: 1, durationSeconds: 60, now });
    expect((await consumeRateLimit({ db: t.db, key: "lookup:id:91110108MA01ET88XM", points: 1, durationSeconds: 60, now })).allowed).toBe(true);
    const keys = (await t.db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.join(" ")).not.toMatch(/91110108|13800138000|burst|lookup/);
    expect(keys.every((k) => /^rl:[0-9a-f]{64}$/.test(k))).toBe(true);
  });
});

describe("claimOnce", () => {
  it("says yes to exactly one of many parallel claims of a token", async () => {
    const claims = await Promise.all(
      Array.from({ length: 20 }, () => claimOnce({ db: t.db, prefix: "captcha:test:", token: "tok-1", expiresAt: at(600), now })),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimOnce({ db: t.db, prefix: "captcha:test:", token: "tok-2", expiresAt: at(600), now })).toBe(true);
  });

  it("forgets a token once it has expired", async () => {
    expect(await claimOnce({ db: t.db, prefix: "captcha:test:", token: "tok-3", expiresAt: at(10), now })).toBe(true);
    expect(await claimOnce({ db: t.db, prefix: "captcha:test:", token: "tok-3", expiresAt: at(10), now: at(5) })).toBe(false);
    expect(await claimOnce({ db: t.db, prefix: "captcha:test:", token: "tok-3", expiresAt: at(700), now: at(11) })).toBe(true);
  });
});
