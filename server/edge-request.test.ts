import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { parseTrustedProxies } from "../lib/http/client-address";
import { prepareRequestHeaders, routeGroup } from "./edge-request";

const none = parseTrustedProxies("");
const proxy = parseTrustedProxies("10.0.0.0/8");
const forged = (): IncomingHttpHeaders => ({
  host: "fuwu.example",
  "x-forwarded-for": "1.1.1.1, 203.0.113.9",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-real-ip": "2.2.2.2",
  "x-client-address": "3.3.3.3",
  "x-request-id": "chosen-by-client-123",
});

describe("prepareRequestHeaders", () => {
  it("from a direct client: the socket address, forwarded headers removed, our own set", () => {
    const headers = forged();
    const facts = prepareRequestHeaders(headers, { remoteAddress: "::ffff:198.51.100.4", encrypted: false }, none);
    expect(facts.clientAddress).toBe("198.51.100.4");
    expect(facts.https).toBe(false);
    expect(facts.requestId).not.toBe("chosen-by-client-123");
    expect(headers["x-client-address"]).toBe("198.51.100.4");
    expect(headers["x-forwarded-proto"]).toBe("http");
    expect(headers["x-request-id"]).toBe(facts.requestId);
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-real-ip"]) expect(headers[name], name).toBeUndefined();
    expect(headers.host).toBe("fuwu.example");
  });

  it("behind a trusted proxy: its client, protocol, host and request id are believed", () => {
    const headers = forged();
    const facts = prepareRequestHeaders(headers, { remoteAddress: "10.0.0.2", encrypted: false }, proxy);
    expect(facts).toEqual({ clientAddress: "203.0.113.9", https: true, requestId: "chosen-by-client-123" });
    expect(headers["x-forwarded-host"]).toBe("evil.example");
    expect(headers["x-client-address"]).toBe("203.0.113.9");
  });

  it("counts a TLS socket as HTTPS and replaces a malformed request id", () => {
    const headers: IncomingHttpHeaders = { "x-request-id": "bad id with spaces" };
    const facts = prepareRequestHeaders(headers, { remoteAddress: "10.0.0.2", encrypted: true }, proxy);
    expect(facts.https).toBe(true);
    expect(facts.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("routeGroup", () => {
  it("names a few groups, never the path", () => {
    expect(routeGroup("GET", "/_next/static/chunks/a.js")).toBe("static");
    expect(routeGroup("GET", "/api/ready")).toBe("health");
    expect(routeGroup("POST", "/api/v1/lookup")).toBe("api");
    expect(routeGroup("POST", "/login")).toBe("action");
    expect(routeGroup("GET", "/guide")).toBe("page");
  });
});
