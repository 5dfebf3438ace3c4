import { afterEach, describe, expect, it } from "vitest";
import { markEdgeServerRunning } from "@/lib/http/edge-marker";
import { clientFromHeaders } from "./request-client";

const headers = (value?: string) => new Headers(value === undefined ? {} : { "x-client-address": value, "x-forwarded-for": "6.6.6.6" });

afterEach(() => {
  delete process.env.EDGE_SERVER_PID;
});

describe("clientFromHeaders", () => {
  it("believes the edge server's header, never X-Forwarded-For", () => {
    markEdgeServerRunning();
    expect(clientFromHeaders(headers("203.0.113.7"))).toBe("203.0.113.7");
    expect(clientFromHeaders(headers("::1"))).toBe("::1");
  });
  it("answers unknown for missing or odd values", () => {
    markEdgeServerRunning();
    expect(clientFromHeaders(headers())).toBe("unknown");
    expect(clientFromHeaders(headers(""))).toBe("unknown");
    expect(clientFromHeaders(headers("<script>"))).toBe("unknown");
  });
  it("trusts no header when the edge server is not running in this process", () => {
    expect(clientFromHeaders(headers("203.0.113.7"))).toBe("unknown");
    process.env.EDGE_SERVER_PID = String(process.pid + 1);
    expect(clientFromHeaders(headers("203.0.113.7"))).toBe("unknown");
  });
});
