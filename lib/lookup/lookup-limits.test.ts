import { describe, expect, it } from "vitest";
import { confirmRequestLimits, lookupLimits, lookupRequestLimits } from "./lookup-limits";

describe("lookupLimits", () => {
  it("defaults: 30 per 10 minutes per client, 10 per hour per client and identifier, 100 per hour per identifier, 10 sums per 10 minutes", () => {
    expect(lookupLimits({})).toEqual({
      enabled: true,
      client: { points: 30, durationSeconds: 600 },
      identifier: { points: 10, durationSeconds: 3600 },
      identifierGlobal: { points: 100, durationSeconds: 3600 },
      noJs: { points: 10, durationSeconds: 600 },
    });
  });

  it("reads the operator's values and the off switch", () => {
    const limits = lookupLimits({
      LOOKUP_RATE_LIMIT: "OFF",
      LOOKUP_RATE_LIMIT_CLIENT: "100/60",
      LOOKUP_RATE_LIMIT_IDENTIFIER: "3/86400",
      LOOKUP_RATE_LIMIT_IDENTIFIER_GLOBAL: "50/3600",
      LOOKUP_RATE_LIMIT_NOJS: "2/60",
    });
    expect(limits).toEqual({
      enabled: false,
      client: { points: 100, durationSeconds: 60 },
      identifier: { points: 3, durationSeconds: 86400 },
      identifierGlobal: { points: 50, durationSeconds: 3600 },
      noJs: { points: 2, durationSeconds: 60 },
    });
  });

  it("refuses malformed values, naming the variable", () => {
    expect(() => lookupLimits({ LOOKUP_RATE_LIMIT: "maybe" })).toThrow(/LOOKUP_RATE_LIMIT/);
    expect(() => lookupLimits({ LOOKUP_RATE_LIMIT_CLIENT: "30" })).toThrow(/LOOKUP_RATE_LIMIT_CLIENT/);
    expect(() => lookupLimits({ LOOKUP_RATE_LIMIT_IDENTIFIER_GLOBAL: "x/1" })).toThrow(/LOOKUP_RATE_LIMIT_IDENTIFIER_GLOBAL/);
    expect(() => lookupLimits({ LOOKUP_RATE_LIMIT_NOJS: "1/0" })).toThrow(/LOOKUP_RATE_LIMIT_NOJS/);
  });
});

describe("lookupRequestLimits", () => {
  const limits = lookupLimits({});
  const keys = (sumCaptcha: boolean, client = "192.0.2.1") => lookupRequestLimits(limits, { client, identifier: "91110108MA01ET88XL", sumCaptcha }).map((l) => l.key);

  it("keys the identifier limit per client, with a ceiling per identifier shared by everyone", () => {
    expect(keys(false)).toEqual(["lookup:client:192.0.2.1", "lookup:id:192.0.2.1:91110108MA01ET88XL", "lookup:id:91110108MA01ET88XL"]);
    // Another client's lookups of the same code share only the generous ceiling.
    const shared = keys(false, "192.0.2.2").filter((key) => keys(false).includes(key));
    expect(shared).toEqual(["lookup:id:91110108MA01ET88XL"]);
  });

  it("adds the smaller no-JavaScript budget when the sum answered the captcha", () => {
    expect(keys(true)).toContain("lookup:nojs:client:192.0.2.1");
    expect(keys(false)).not.toContain("lookup:nojs:client:192.0.2.1");
  });

  it("counts nothing when the limits are off", () => {
    const off = lookupLimits({ LOOKUP_RATE_LIMIT: "off" });
    expect(lookupRequestLimits(off, { client: "c", identifier: "i", sumCaptcha: true })).toEqual([]);
    expect(confirmRequestLimits(off, "c")).toEqual([]);
  });
});
