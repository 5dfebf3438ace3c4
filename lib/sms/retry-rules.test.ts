import { describe, expect, it } from "vitest";
import { backoffDelayMs, isRetryableStatus, retryAfterMs } from "./retry-rules";

const now = new Date("2026-12-01T00:00:00Z");

describe("SMS retry rules", () => {
  it("retries server errors, 408 and 429, never another 4xx", () => {
    for (const status of [500, 502, 503, 504, 408, 429]) expect(isRetryableStatus(status)).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 422]) expect(isRetryableStatus(status)).toBe(false);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterMs("2", now)).toBe(2000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
    expect(retryAfterMs("Tue, 01 Dec 2026 00:00:03 GMT", now)).toBe(3000);
    expect(retryAfterMs("Mon, 30 Nov 2026 00:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs("soon", now)).toBeNull();
  });

  it("doubles the wait per attempt, jittered between half and all of it", () => {
    const delay = (attempt: number, random: number) => backoffDelayMs({ attempt, baseDelayMs: 200, maxDelayMs: 5000, random });
    expect([1, 2, 3].map((attempt) => delay(attempt, 0.999_999))).toEqual([200, 400, 800]);
    expect([1, 2, 3].map((attempt) => delay(attempt, 0))).toEqual([100, 200, 400]);
  });

  it("honours a longer Retry-After and gives up beyond the longest wait", () => {
    expect(backoffDelayMs({ attempt: 1, baseDelayMs: 200, maxDelayMs: 5000, retryAfterMs: 3000, random: 0 })).toBe(3000);
    expect(backoffDelayMs({ attempt: 1, baseDelayMs: 200, maxDelayMs: 5000, retryAfterMs: 60_000, random: 0 })).toBeNull();
    expect(backoffDelayMs({ attempt: 8, baseDelayMs: 200, maxDelayMs: 5000, random: 0 })).toBeNull();
  });
});
