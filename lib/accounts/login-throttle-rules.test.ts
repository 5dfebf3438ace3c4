import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CAPTCHA_AFTER_FAILURES,
  CLIENT_LOCK_AFTER_FAILURES,
  LOGIN_WINDOW_MS,
  NAME_LOCK_AFTER_FAILURES,
  overLimitAfterCounting,
  retryAfterMinutes,
  throttleState,
} from "./login-throttle-rules";

const now = new Date("2026-11-29T08:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const counter = (failures: number, expiresInMs = LOGIN_WINDOW_MS) => ({ failures, expiresAt: later(expiresInMs) });

describe("throttleState", () => {
  it("is open without captcha for a fresh name and client", () => {
    expect(throttleState({ name: null, client: null }, now)).toEqual({ kind: "open", captchaRequired: false });
  });
  it("asks for a captcha from the third failure of the name or the client", () => {
    expect(throttleState({ name: counter(CAPTCHA_AFTER_FAILURES - 1), client: null }, now)).toMatchObject({ captchaRequired: false });
    expect(throttleState({ name: counter(CAPTCHA_AFTER_FAILURES), client: null }, now)).toMatchObject({ captchaRequired: true });
    expect(throttleState({ name: null, client: counter(CAPTCHA_AFTER_FAILURES) }, now)).toMatchObject({ captchaRequired: true });
  });
  it("locks a name after 10 failures and says how long to wait", () => {
    const state = throttleState({ name: counter(NAME_LOCK_AFTER_FAILURES, 20 * 60 * 1000), client: null }, now);
    expect(state).toEqual({ kind: "locked", retryAfterSeconds: 1200 });
  });
  it("locks a client later than a name", () => {
    expect(throttleState({ name: null, client: counter(NAME_LOCK_AFTER_FAILURES) }, now).kind).toBe("open");
    expect(throttleState({ name: null, client: counter(CLIENT_LOCK_AFTER_FAILURES) }, now).kind).toBe("locked");
  });
  it("forgets counters whose window has ended", () => {
    expect(throttleState({ name: counter(50, 0), client: counter(50, -1) }, now)).toEqual({ kind: "open", captchaRequired: false });
  });
  it("never waits longer than the counter's end nor less than a second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LOGIN_WINDOW_MS }), (ms) => {
        const state = throttleState({ name: counter(NAME_LOCK_AFTER_FAILURES, ms), client: null }, now);
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
  it("lets the tenth attempt through and refuses the eleventh", () => {
    const client = counter(1);
    expect(overLimitAfterCounting({ name: counter(NAME_LOCK_AFTER_FAILURES), client })).toBe(false);
    expect(overLimitAfterCounting({ name: counter(NAME_LOCK_AFTER_FAILURES + 1), client })).toBe(true);
  });
});

describe("retryAfterMinutes", () => {
  it("rounds up", () => {
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(61)).toBe(2);
    expect(retryAfterMinutes(1800)).toBe(30);
  });
});
