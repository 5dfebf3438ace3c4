import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  absoluteExpiry,
  hashSessionToken,
  isSessionActive,
  isWellFormedSessionToken,
  newSessionToken,
  shouldTouchSession,
} from "./session-rules";

const login = new Date("2026-11-29T08:00:00Z");
const at = (ms: number) => new Date(login.getTime() + ms);

describe("session tokens", () => {
  it("are 32 random bytes in base64url and differ every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newSessionToken()));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(isWellFormedSessionToken(token)).toBe(true);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
  });
  it("are stored as a SHA-256 hex digest, not as themselves", () => {
    const token = newSessionToken();
    const hash = hashSessionToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });
  it("refuses values we never issue", () => {
    expect(isWellFormedSessionToken("")).toBe(false);
    expect(isWellFormedSessionToken("x".repeat(44))).toBe(false);
    expect(isWellFormedSessionToken(`${"a".repeat(42)}=`)).toBe(false);
  });
});

describe("isSessionActive", () => {
  const expiresAt = absoluteExpiry(login);
  it("ends 30 minutes after the last request", () => {
    expect(isSessionActive({ lastSeenAt: login, expiresAt }, at(SESSION_IDLE_MS - 1))).toBe(true);
    expect(isSessionActive({ lastSeenAt: login, expiresAt }, at(SESSION_IDLE_MS))).toBe(false);
  });
  it("ends 12 hours after login however busy the user is", () => {
    const lastSeenAt = at(SESSION_ABSOLUTE_MS - 1000);
    expect(isSessionActive({ lastSeenAt, expiresAt }, at(SESSION_ABSOLUTE_MS - 1))).toBe(true);
    expect(isSessionActive({ lastSeenAt, expiresAt }, at(SESSION_ABSOLUTE_MS))).toBe(false);
  });
  it("is never active past either limit", () => {
    fc.assert(
      fc.property(fc.nat(SESSION_ABSOLUTE_MS), fc.nat(2 * SESSION_ABSOLUTE_MS), (seen, nowMs) => {
        const active = isSessionActive({ lastSeenAt: at(seen), expiresAt }, at(nowMs));
        if (active) {
          expect(nowMs).toBeLessThan(SESSION_ABSOLUTE_MS);
          expect(nowMs - seen).toBeLessThan(SESSION_IDLE_MS);
        }
      }),
    );
  });
});

describe("shouldTouchSession", () => {
  it("writes lastSeenAt at most once a minute", () => {
    const expiresAt = absoluteExpiry(login);
    expect(shouldTouchSession({ lastSeenAt: login, expiresAt }, at(59_000))).toBe(false);
    expect(shouldTouchSession({ lastSeenAt: login, expiresAt }, at(60_000))).toBe(true);
  });
});
