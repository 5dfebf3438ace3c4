import { describe, expect, it } from "vitest";
import { parseAddressRanges } from "@/lib/http/client-address";
import { mayReadMetrics } from "./metrics-access";

const loopback = parseAddressRanges("127.0.0.1,::1", "METRICS_ALLOW");
const token = "s3cret-token-for-prometheus";

describe("mayReadMetrics", () => {
  it("lets allowed addresses in without a token", () => {
    expect(mayReadMetrics({ client: "127.0.0.1", authorization: null, allow: loopback, token: undefined })).toBe(true);
    expect(mayReadMetrics({ client: "203.0.113.7", authorization: null, allow: loopback, token: undefined })).toBe(false);
    expect(mayReadMetrics({ client: "unknown", authorization: null, allow: loopback, token })).toBe(false);
  });
  it("lets the right bearer token in from anywhere and refuses a wrong one", () => {
    expect(mayReadMetrics({ client: "203.0.113.7", authorization: `Bearer ${token}`, allow: loopback, token })).toBe(true);
    expect(mayReadMetrics({ client: "203.0.113.7", authorization: "Bearer wrong", allow: loopback, token })).toBe(false);
    // A wrong token is refused even from an allowed address: it shows a misconfigured scraper.
    expect(mayReadMetrics({ client: "127.0.0.1", authorization: "Bearer wrong", allow: loopback, token })).toBe(false);
  });
  it("ignores a bearer token when none is configured", () => {
    expect(mayReadMetrics({ client: "203.0.113.7", authorization: "Bearer anything", allow: loopback, token: undefined })).toBe(false);
  });
});
