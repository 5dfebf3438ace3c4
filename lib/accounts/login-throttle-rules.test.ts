import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CAPTCHA_AFTER_FAILURES,
  CLIENT_LOCK_AFTER_FAILURES,
  LOGIN_WINDOW_MS,
  NAME_CEILING_FAILURES,
  NAME_LOCK_AFTER_FAILURES,
  nameAtClientThrottleKey,
  overLimitAfterCounting,
  retryAfterMinutes,
  throttleState,
  type ThrottleCounter,
} from "./login-throttle-rules";

const now = new Date("2026-11-29T08:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const counter = (failures: number, expiresInMs = LOGIN_WINDOW_MS) => ({ failures, expiresAt: later(expiresInMs) });
type Some = Partial<Record<"nameAtClient" | "client" | "name", ThrottleCounter>>;
const counters = (some: Some) => ({ nameAtClient: null, client: null, name: null, ...some });

describe("throttleState", () => {
  it("is open without captcha for a fresh name and client", () => {
    expect(throttleState(counters({}), now)).toEqual({ kind: "open", captchaRequired: false });
  });
  it("asks for a captcha from the third failure of the name at this client, the client or the name anywhere", () => {
    for (const which of ["nameAtClient", "client", "name"] as const) {
      expect(throttleState(counters({ [which]: counter(CAPTCHA_AFTER_FAILURES - 1) }), now)).toEqual({ kind: "open", captchaRequired: false });
      expect(throttleState(counters({ [which]: counter(CAPTCHA_AFTER_FAILURES) }), now)).toEqual({ kind: "open", captchaRequired: true });
    }
  });
  it("locks a name at one client after 10 failures there and says how long to wait", () => {
    const state = throttleState(counters({ nameAtClient: counter(NAME_LOCK_AFTER_FAILURES, 20 * 60 * 1000) }), now);
    expect(state).toEqual({ kind: "locked", retryAfterSeconds: 1200 });
  });
  it("does not lock a name for everyone at 10 failures, only at its generous ceiling", () => {
    expect(throttleState(counters({ name: counter(NAME_LOCK_AFTER_FAILURES) }), now)).toEqual({ kind: "open", captchaRequired: true });
    expect(throttleState(counters({ name: counter(NAME_CEILING_FAILURES - 1) }), now).kind).toBe("open");
    expect(throttleState(counters({ name: counter(NAME_CEILING_FAILURES, 600_000) }), now)).toEqual({ kind: "locked", retryAfterSeconds: 600 });
    expect(NAME_CEILING_FAILURES).toBeGreaterThanOrEqual(5 * NAME_LOCK_AFTER_FAILURES);
  });
  it("locks a client later than a name", () => {
    expect(throttleState(counters({ client: counter(NAME_LOCK_AFTER_FAILURES) }), now).kind).toBe("open");
    expect(throttleState(counters({ client: counter(CLIENT_LOCK_AFTER_FAILURES) }), now).kind).toBe("locked");
  });
  it("waits for the latest of several locks", () => {
    const state = throttleState(counters({ nameAtClient: counter(NAME_LOCK_AFTER_FAILURES, 60_000), name: counter(NAME_CEILING_FAILURES, 300_000) }), now);
    expect(state).toEqual({ kind: "locked", retryAfterSeconds: 300 });
  });
  it("forgets counters whose window has ended", () => {
    const ended = counters({ nameAtClient: counter(500, 0), client: counter(500, -1), name: counter(500, -LOGIN_WINDOW_MS) });
    expect(throttleState(ended, now)).toEqual({ kind: "open", captchaRequired: false });
  });
  it("never waits longer than the counter's end nor less than a second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LOGIN_WINDOW_MS }), fc.constantFrom("nameAtClient" as const, "name" as const), (ms, which) => {
        const failures = which === "name" ? NAME_CEILING_FAILURES : NAME_LOCK_AFTER_FAILURES;
        const state = throttleState(counters({ [which]: counter(failures, ms) }), now);
        expect(state.kind).toBe("locked");
        if (state.kind === "locked") {
          expect(state.retryAfterSeconds).toBeGreaterThanOrEqual(1);
          expect(state.retryAfterSeconds).toBeLessThanOrEqual(Math.ceil(ms / 1000));
        }
      }),
    );
  });
});

describe("overLimitAfterCounting", () => {
  const fresh = { nameAtClient: counter(1), client: counter(1), name: counter(1) };
  it("lets the tenth attempt at one client through and refuses the eleventh", () => {
    expect(overLimitAfterCounting({ ...fresh, nameAtClient: counter(NAME_LOCK_AFTER_FAILURES) })).toBe(false);
    expect(overLimitAfterCounting({ ...fresh, nameAtClient: counter(NAME_LOCK_AFTER_FAILURES + 1) })).toBe(true);
  });
  it("lets the name's total reach its ceiling and refuses the attempt beyond it", () => {
    expect(overLimitAfterCounting({ ...fresh, name: counter(NAME_LOCK_AFTER_FAILURES + 1) })).toBe(false);
    expect(overLimitAfterCounting({ ...fresh, name: counter(NAME_CEILING_FAILURES) })).toBe(false);
    expect(overLimitAfterCounting({ ...fresh, name: counter(NAME_CEILING_FAILURES + 1) })).toBe(true);
  });
  it("refuses beyond the client's limit", () => {
    expect(overLimitAfterCounting({ ...fresh, client: counter(CLIENT_LOCK_AFTER_FAILURES) })).toBe(false);
    expect(overLimitAfterCounting({ ...fresh, client: counter(CLIENT_LOCK_AFTER_FAILURES + 1) })).toBe(true);
  });
});

describe("nameAtClientThrottleKey", () => {
  it("keeps every client and name pair apart, whatever either holds", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (clientA, nameA, clientB, nameB) => {
        fc.pre(clientA !== clientB || nameA !== nameB);
        expect(nameAtClientThrottleKey(nameA, clientA)).not.toBe(nameAtClientThrottleKey(nameB, clientB));
      }),
    );
    expect(nameAtClientThrottleKey("b:c", "a")).not.toBe(nameAtClientThrottleKey("c", "a:b"));
  });
});

describe("retryAfterMinutes", () => {
  it("rounds up", () => {
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(61)).toBe(2);
    expect(retryAfterMinutes(1800)).toBe(30);
  });
});
