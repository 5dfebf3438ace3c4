import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineDecisions, decideWindow, isWindowFull, parseLimit, secondsUntil } from "./window-rules";

const now = new Date("2026-11-29T03:00:00.000Z");

describe("decideWindow", () => {
  it("allows up to the limit and then names the wait until the window ends", () => {
    const end = new Date(now.getTime() + 90_500);
    expect(decideWindow(3, 3, end, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(decideWindow(4, 3, end, now)).toEqual({ allowed: false, retryAfterSeconds: 91 });
  });

  it("never asks to wait less than one second", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000_000 }), (offset) => {
        expect(secondsUntil(new Date(now.getTime() + offset), now)).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("parseLimit", () => {
  it("reads points/seconds and refuses anything else", () => {
    expect(parseLimit("30/600")).toEqual({ points: 30, durationSeconds: 600 });
    expect(parseLimit(" 10 / 3600 ")).toEqual({ points: 10, durationSeconds: 3600 });
    for (const bad of [undefined, "", "off", "0/60", "5/0", "-1/60", "5/60s", "1e3/60"]) expect(parseLimit(bad)).toBeNull();
  });
});

describe("combineDecisions", () => {
  const allowed = { allowed: true, retryAfterSeconds: 0 };
  it("allows a request only when every limit allows it", () => {
    expect(combineDecisions([{ limit: "a", decision: allowed }, { limit: "b", decision: allowed }])).toEqual({ allowed: true });
    expect(combineDecisions([])).toEqual({ allowed: true });
  });

  it("names every refusing limit and waits for the longest", () => {
    const decision = combineDecisions([
      { limit: "client", decision: { allowed: false, retryAfterSeconds: 900 } },
      { limit: "mobile", decision: allowed },
      { limit: "cooldown", decision: { allowed: false, retryAfterSeconds: 40 } },
    ]);
    expect(decision).toEqual({
      allowed: false,
      retryAfterSeconds: 900,
      refused: [
        { limit: "client", retryAfterSeconds: 900 },
        { limit: "cooldown", retryAfterSeconds: 40 },
      ],
    });
  });
});

describe("isWindowFull", () => {
  it("is full at the limit within the window, and never once the window has ended", () => {
    const end = new Date(now.getTime() + 60_000);
    expect(isWindowFull(2, 3, end, now)).toBe(false);
    expect(isWindowFull(3, 3, end, now)).toBe(true);
    expect(isWindowFull(9, 3, now, now)).toBe(false);
  });
});
