import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossOrigin, refuseApiPost, requestHost } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts and styles only with the nonce, and nothing inline or foreign", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", https: false, development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("style-src 'self' 'nonce-abc123'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy).not.toContain("upgrade-insecure-requests");
  });
  it("upgrades insecure requests over HTTPS and allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", https: true, development: false })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", https: false, development: true })).toContain("'unsafe-eval'");
  });
});

describe("requestHost", () => {
  it("prefers the first forwarded host, as Next's server-action check does", () => {
    expect(requestHost("10.0.0.5:3000", "fuwu.example, inner")).toBe("fuwu.example");
    expect(requestHost("127.0.0.1:3000", null)).toBe("127.0.0.1:3000");
    expect(requestHost(null, null)).toBeNull();
  });
});

describe("isCrossOrigin", () => {
  const host = "fuwu.example";
  it("accepts same-origin posts and posts without Origin", () => {
    expect(isCrossOrigin({ origin: "https://fuwu.example", host, secFetchSite: "same-origin" })).toBe(false);
    expect(isCrossOrigin({ origin: null, host, secFetchSite: null })).toBe(false);
    expect(isCrossOrigin({ origin: null, host, secFetchSite: "none" })).toBe(false);
  });
  it("refuses another site, an opaque origin and a browser's cross-site mark", () => {
    expect(isCrossOrigin({ origin: "https://evil.example", host, secFetchSite: null })).toBe(true);
    expect(isCrossOrigin({ origin: "null", host, secFetchSite: null })).toBe(true);
    expect(isCrossOrigin({ origin: null, host, secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossOrigin({ origin: "https://fuwu.example", host, secFetchSite: "same-site" })).toBe(true);
    expect(isCrossOrigin({ origin: "not a url", host, secFetchSite: null })).toBe(true);
  });
});

describe("refuseApiPost", () => {
  const host = "fuwu.example";
  it("accepts JSON from our pages and from scripts", () => {
    expect(refuseApiPost({ origin: "https://fuwu.example", host, secFetchSite: "same-origin", contentType: "application/json; charset=utf-8" })).toBeNull();
    expect(refuseApiPost({ origin: null, host, secFetchSite: null, contentType: "Application/JSON" })).toBeNull();
  });
  it("refuses other sites and anything but JSON", () => {
    expect(refuseApiPost({ origin: "https://evil.example", host, secFetchSite: "cross-site", contentType: "application/json" })).toBe("crossOrigin");
    expect(refuseApiPost({ origin: null, host, secFetchSite: null, contentType: "text/plain" })).toBe("jsonOnly");
    expect(refuseApiPost({ origin: null, host, secFetchSite: null, contentType: null })).toBe("jsonOnly");
    expect(refuseApiPost({ origin: null, host, secFetchSite: null, contentType: "application/x-www-form-urlencoded" })).toBe("jsonOnly");
  });
});
