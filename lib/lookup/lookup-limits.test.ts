import { describe, expect, it } from "vitest";
import { lookupLimits } from "./lookup-limits";

describe("lookupLimits", () => {
  it("defaults to 30 per 10 minutes per client and 10 per hour per identifier", () => {
    expect(lookupLimits({})).toEqual({
      enabled: true,
      client: { points: 30, durationSeconds: 600 },
      identifier: { points: 10, durationSeconds: 3600 },
    });
  });

  it("reads the operator's values and the off switch", () => {
    const limits = lookupLimits({ LOOKUP_RATE_LIMIT: "OFF", LOOKUP_RATE_LIMIT_CLIENT: "100/60", LOOKUP_RATE_LIMIT_IDENTIFIER: "3/86400" });
    expect(limits).toEqual({ enabled: false, client: { points: 100, durationSeconds: 60 }, identifier: { points: 3, durationSeconds: 86400 } });
  });

  it("refuses malformed values, naming the variable", () => {
    expect(() => lookupLimits({ LOOKUP_RATE_LIMIT: "maybe" })).toThrow(/LOOKUP_RATE_LIMIT/);
    expect(() => lookupLimits({ LOOKUP_RATE_LIMIT_CLIENT: "30" })).toThrow(/LOOKUP_RATE_LIMIT_CLIENT/);
  });
});
