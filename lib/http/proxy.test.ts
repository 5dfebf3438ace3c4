// The proxy (proxy.ts) as Next runs it, on a real NextRequest: which responses get the page policy.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

function get(path: string) {
  return proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers: { host: "localhost:3000" } }));
}

describe("proxy", () => {
  it("gives every page the nonce policy", () => {
    expect(get("/guide").headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });

  it("leaves a stored document's own sandbox policy alone (the page policy would replace it)", () => {
    for (const path of ["/account/documents/abc", "/staff/cases/M-2026-0001/documents/abc"]) {
      expect(get(path).headers.get("content-security-policy"), path).toBeNull();
    }
  });
});
