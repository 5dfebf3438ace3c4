// The edge's 500 fallback, on a real listening server: when handing the request on fails before
// anything was sent, the answer is a bare 500 that still carries the security headers.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "../lib/http/client-address";
import { RESPONSE_SECURITY_HEADERS } from "../lib/http/response-headers.mjs";
import { edgeHandler } from "./edge-handler";

let server: Server;
let url: string;
beforeAll(async () => {
  const failing = async () => {
    throw new Error("the application could not take the request");
  };
  server = createServer(edgeHandler({ next: failing, trusted: parseTrustedProxies(undefined), gate: null }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("edgeHandler's own 500", () => {
  it("carries the security headers", async () => {
    const response = await fetch(`${url}/guide`);
    expect(response.status).toBe(500);
    for (const { key, value } of RESPONSE_SECURITY_HEADERS) expect(response.headers.get(key), key).toBe(value);
  });
});
