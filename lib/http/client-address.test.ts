import { describe, expect, it } from "vitest";
import { firstForwardedValue, normaliseAddress, parseTrustedProxies, resolveClientAddress } from "./client-address";

const none = parseTrustedProxies(undefined);
const nginx = parseTrustedProxies("10.0.0.0/8, ::1");

describe("normaliseAddress", () => {
  it("keeps plain addresses and unwraps mapped, bracketed, ported and zoned ones", () => {
    expect(normaliseAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
  });
  it("refuses what is not an address", () => {
    for (const bad of [undefined, null, "", "unknown", "<script>", "1.2.3", "999.1.1.1", "x".repeat(100)]) expect(normaliseAddress(bad)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("matches single addresses and CIDR ranges of both families", () => {
    expect(nginx.trusts("10.1.2.3")).toBe(true);
    expect(nginx.trusts("::ffff:10.1.2.3")).toBe(true);
    expect(nginx.trusts("::1")).toBe(true);
    expect(nginx.trusts("11.0.0.1")).toBe(false);
    expect(nginx.trusts("garbage")).toBe(false);
    expect(nginx.none).toBe(false);
  });
  it("trusts nobody by default", () => {
    expect(none.none).toBe(true);
    expect(none.trusts("127.0.0.1")).toBe(false);
    expect(parseTrustedProxies(" , ").none).toBe(true);
  });
  it("refuses a malformed entry with the variable's name", () => {
    for (const bad of ["10.0.0.0/33", "nginx", "10.0.0.0/8/1", "::1/129", "10.0.0.0/x", "10.0.0.0/"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe("resolveClientAddress", () => {
  it("takes the socket address when no proxy is trusted, whatever the header says", () => {
    expect(resolveClientAddress({ peer: "203.0.113.7", forwardedFor: "1.1.1.1, 2.2.2.2", trusted: none })).toBe("203.0.113.7");
    expect(resolveClientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "9.9.9.9", trusted: none })).toBe("127.0.0.1");
  });
  it("ignores forwarded headers from an untrusted peer", () => {
    expect(resolveClientAddress({ peer: "198.51.100.4", forwardedFor: "1.1.1.1", trusted: nginx })).toBe("198.51.100.4");
  });
  it("walks right to left past trusted hops to the first untrusted address", () => {
    // The client forged 1.1.1.1; the outer proxy (10.0.0.2) appended the real 203.0.113.7.
    expect(resolveClientAddress({ peer: "10.0.0.1", forwardedFor: "1.1.1.1, 203.0.113.7, 10.0.0.2", trusted: nginx })).toBe("203.0.113.7");
    expect(resolveClientAddress({ peer: "10.0.0.1", forwardedFor: ["1.1.1.1", "203.0.113.7"], trusted: nginx })).toBe("203.0.113.7");
  });
  it("stops at garbage and answers the nearest good hop", () => {
    expect(resolveClientAddress({ peer: "10.0.0.1", forwardedFor: "nonsense, 10.0.0.2", trusted: nginx })).toBe("10.0.0.2");
  });
  it("answers the proxy itself when it sent no header, and unknown without a socket address", () => {
    expect(resolveClientAddress({ peer: "10.0.0.1", forwardedFor: undefined, trusted: nginx })).toBe("10.0.0.1");
    expect(resolveClientAddress({ peer: undefined, forwardedFor: "1.1.1.1", trusted: nginx })).toBe("unknown");
  });
});

describe("firstForwardedValue", () => {
  it("takes the outermost proxy's value", () => {
    expect(firstForwardedValue("HTTPS, http")).toBe("https");
    expect(firstForwardedValue(["https", "http"])).toBe("https");
    expect(firstForwardedValue(undefined)).toBeUndefined();
    expect(firstForwardedValue(" ")).toBeUndefined();
  });
});
