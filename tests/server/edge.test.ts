// The edge of the running application (issues 12.3, 12.5, 12.8, 15.4), on the production build
// started as `npm start` starts it, with a real SQLite database: what a client can and cannot
// make the server believe, the security headers, the 403s, request ids in the logs, health,
// readiness, metrics and load shedding.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations/apply";
import { RESPONSE_SECURITY_HEADERS } from "@/lib/http/response-headers.mjs";
import { startApp, type AppServer } from "./app-server";
import { postForm } from "./form-post";

const folder = mkdtempSync(path.join(os.tmpdir(), "torch-most-edge-"));
const dataKey = randomBytes(32).toString("hex");
let direct: AppServer;
let proxied: AppServer;
let octet = 0;
const anotherAddress = () => `10.9.8.${(octet += 1)}`;

/** The four headers README "Headers and proxies" promises on every response. */
function expectSecurityHeaders(headers: Headers, what: string): void {
  expect(RESPONSE_SECURITY_HEADERS.map(({ key }) => key)).toEqual(["X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Permissions-Policy"]);
  for (const { key, value } of RESPONSE_SECURITY_HEADERS) expect(headers.get(key), `${key} on ${what}`).toBe(value);
}

beforeAll(async () => {
  const url = `file:${path.join(folder, "edge.db")}`;
  await applyMigrations(url);
  const common = { DATA_KEY: dataKey, DATA_DIR: folder };
  [direct, proxied] = await Promise.all([
    // Reached directly (no trusted proxy), captcha on, a tiny admission gate for the shedding test.
    startApp({ ...common, DATABASE_URL: url, CAPTCHA: "on", MAX_IN_FLIGHT: "2", QUEUE_WAIT_MS: "50" }),
    // Behind a proxy on this machine, with a database nobody migrated.
    startApp({
      ...common,
      DATABASE_URL: `file:${path.join(folder, "empty.db")}`,
      TRUSTED_PROXIES: "127.0.0.1",
      METRICS_ALLOW: "10.0.0.0/8",
      METRICS_TOKEN: "prometheus-scrape-token",
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
  rmSync(folder, { recursive: true, force: true });
});

describe("client address (TRUSTED_PROXIES unset)", () => {
  it("a rotating X-Forwarded-For no longer escapes the login captcha", async () => {
    const answers: string[] = [];
    // Different names, so only the per-client count can ask for the captcha.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { html } = await postForm(`${direct.url}/login/natural`, { loginName: `nobody${attempt}x${octet}`, password: "Wrong-Password-1" }, { "x-forwarded-for": anotherAddress() });
      answers.push(html);
    }
    expect(answers[0]).toContain("登录名或密码不正确");
    // The sum's field, not its words: the words are in the message catalogue every page carries.
    expect(answers[0]).not.toContain('name="captchaAnswer"');
    // Three failures from one client (its socket address): the form now asks the sum.
    expect(answers[2]).toContain('name="captchaAnswer"');
  });

  it("behind a trusted proxy, the proxy's X-Forwarded-For names the client", async () => {
    // The proxy (127.0.0.1) says the client is 203.0.113.5, outside METRICS_ALLOW (10.0.0.0/8)…
    expect((await fetch(`${proxied.url}/api/metrics`, { headers: { "x-forwarded-for": "203.0.113.5" } })).status).toBe(404);
    // …or 10.1.2.3, inside it (the rightmost untrusted hop counts, not the leftmost).
    expect((await fetch(`${proxied.url}/api/metrics`, { headers: { "x-forwarded-for": "10.1.2.3" } })).status).toBe(200);
    expect((await fetch(`${proxied.url}/api/metrics`, { headers: { "x-forwarded-for": "10.1.2.3, 203.0.113.5" } })).status).toBe(404);
    // Reached directly, the same header is ignored: the client is 127.0.0.1 (allowed by default).
    expect((await fetch(`${direct.url}/api/metrics`, { headers: { "x-forwarded-for": "203.0.113.5" } })).status).toBe(200);
  });
});

describe("headers", () => {
  it("every page has a CSP whose nonce is on its scripts, and no inline script without it", async () => {
    const response = await fetch(`${direct.url}/guide`);
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toContain("unsafe-inline");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).toContain(`<meta name="csp-nonce" content="${nonce}"/>`);
    // A fresh nonce for every response.
    const again = (await fetch(`${direct.url}/guide`)).headers.get("content-security-policy");
    expect(again).not.toContain(nonce);
    expectSecurityHeaders(response.headers, "a page");
  });

  it("HSTS only over HTTPS, and only a trusted proxy can say so", async () => {
    expect((await fetch(`${direct.url}/guide`, { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toBeNull();
    const https = await fetch(`${proxied.url}/api/health`, { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect((await fetch(`${proxied.url}/api/health`)).headers.get("strict-transport-security")).toBeNull();
  });

  it("the JSON API refuses cross-origin and non-JSON posts with 403 JSON", async () => {
    const body = JSON.stringify({ q: "91110108MA01ET88XL" });
    const cases: [Record<string, string>, string][] = [
      [{ "content-type": "text/plain" }, "application/json"],
      [{ "content-type": "application/json", origin: "https://evil.example" }, "本网站"],
      [{ "content-type": "application/json", "sec-fetch-site": "cross-site" }, "本网站"],
    ];
    for (const [headers, words] of cases) {
      const response = await fetch(`${direct.url}/api/v1/lookup`, { method: "POST", headers, body });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).error).toContain(words);
    }
    // Same origin, JSON: through to the lookup itself, which answers the mistyped input.
    const own = await fetch(`${direct.url}/api/v1/lookup`, { method: "POST", headers: { "content-type": "application/json", origin: direct.url }, body: JSON.stringify({ q: "12345" }) });
    expect(own.status).toBe(400);
    expect(await own.json()).toMatchObject({ field: "q" });
  });

  it("a cross-origin server action is refused with 403, not 500", async () => {
    const page = await fetch(`${direct.url}/login/natural`);
    const html = await page.text();
    const actionId = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
    expect(actionId).toBeTruthy();
    const response = await fetch(`${direct.url}/login/natural`, {
      method: "POST",
      headers: { origin: "https://evil.example", "next-action": actionId ?? "", "content-type": "text/plain;charset=UTF-8" },
      body: "[]",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("本网站");
  });
});

describe("operations", () => {
  it("tags each response and its log lines with one request id, and logs no client address", async () => {
    const response = await fetch(`${direct.url}/faq`, { headers: { "x-request-id": "forged-by-client-1" } });
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = direct.lines().filter((line) => line.includes(id)).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ level: "info", event: "http.request", requestId: id, path: "/faq", status: 200 }));
    // No client address or other personal field: only these.
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(["event", "level", "method", "ms", "path", "requestId", "status", "time"]);
    // Behind a trusted proxy, the proxy's request id is kept.
    const kept = await fetch(`${proxied.url}/api/health`, { headers: { "x-request-id": "proxy-id-12345" } });
    expect(kept.headers.get("x-request-id")).toBe("proxy-id-12345");
  });

  it("logs the password-set link without its token", async () => {
    const token = randomBytes(32).toString("base64url");
    const response = await fetch(`${direct.url}/recovery/set-password/${token}`);
    const id = response.headers.get("x-request-id") ?? "";
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(direct.lines().filter((line) => line.includes(token))).toEqual([]);
    const logged = direct.lines().filter((line) => line.includes(id)).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ event: "http.request", path: "/recovery/set-password/:token" }));
  });

  it("health answers without the database; ready needs every migration applied", async () => {
    expect(await (await fetch(`${direct.url}/api/health`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${direct.url}/api/ready`)).json()).toEqual({ status: "ready" });
    expect((await fetch(`${proxied.url}/api/health`)).status).toBe(200);
    const notReady = await fetch(`${proxied.url}/api/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: "not_ready", reason: "migrations_pending" });
  });

  it("metrics count lookups by result, in Prometheus format, for allowed readers only", async () => {
    await fetch(`${direct.url}/api/v1/lookup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ q: "12345" }) });
    const text = await (await fetch(`${direct.url}/api/metrics`)).text();
    expect(text).toMatch(/^torch_lookups_total\{kind="unknown",result="invalid_input"\} [1-9]/m);
    expect(text).toMatch(/^torch_logins_total\{window="natural",result="[a-z_]+"\} [1-9]/m);
    expect(text).toContain("# TYPE http_request_duration_seconds histogram");
    const outsider = { "x-forwarded-for": "203.0.113.5" };
    expect((await fetch(`${proxied.url}/api/metrics`, { headers: outsider })).status).toBe(404);
    const withToken = await fetch(`${proxied.url}/api/metrics`, { headers: { ...outsider, authorization: "Bearer prometheus-scrape-token" } });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get("content-type")).toContain("text/plain");
  });

  it("sheds a burst with fast 503s and Retry-After, while health still answers", async () => {
    const burst = await Promise.all(Array.from({ length: 24 }, () => fetch(`${direct.url}/guide`).then(async (r) => ({ status: r.status, retryAfter: r.headers.get("retry-after"), headers: r.headers, body: await r.text() }))));
    const health = await fetch(`${direct.url}/api/health`);
    const shed = burst.filter((r) => r.status === 503);
    expect(burst.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(shed.length).toBeGreaterThan(0);
    expect(shed[0].retryAfter).toBe("5");
    expect(shed[0].body).toContain("010-88659000");
    // The edge's own answer, which never passed through Next, carries the same headers as a page.
    expectSecurityHeaders(shed[0].headers, "a shed 503");
    expect(burst.every((r) => r.status === 200 || r.status === 503)).toBe(true);
    expect(health.status).toBe(200);
    const text = await (await fetch(`${direct.url}/api/metrics`)).text();
    expect(text).toMatch(/^http_requests_shed_total\{reason="[a-z_]+"\} [1-9]/m);
  });
});
