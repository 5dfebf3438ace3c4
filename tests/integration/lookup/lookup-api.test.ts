// The HTTP API of the lookup (interfaces.md "Lookup result"), through the exported route
// handlers with real Requests and a real database: statuses, bodies, headers, limits, captcha
// and the SMS step for mobiles. The API takes only the ALTCHA proof of work (E2E=1: little work).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as captchaGet } from "@/app/api/v1/captcha/route";
import { POST as confirmPost } from "@/app/api/v1/lookup/confirm/route";
import { POST as lookupPost } from "@/app/api/v1/lookup/route";
import { resetEnvCache } from "@/lib/env";
import { markEdgeServerRunning } from "@/lib/http/edge-marker";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { solvedAltcha, solvedSum } from "../../support/captcha";
import { makeMigratedTorchAccount, makeTorchAccount, mobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
const shared = globalThis as unknown as { __db?: { $disconnect(): Promise<void> } };

beforeAll(async () => {
  t = await createTestDatabase();
  // The routes use the shared client, built from DATABASE_URL on first use.
  process.env.DATABASE_URL = t.url;
  process.env.CAPTCHA = "on";
  process.env.E2E = "1";
  resetEnvCache();
  delete shared.__db;
  // The handlers are called directly: stand in for the edge server, which sets each request's
  // client address header (tests/server shows the real server doing it).
  markEdgeServerRunning();
});
afterAll(async () => {
  await shared.__db?.$disconnect();
  delete shared.__db;
  for (const name of ["EDGE_SERVER_PID", "CAPTCHA", "E2E", ...LIMIT_VARIABLES]) delete process.env[name];
  resetEnvCache();
  await t.drop();
});

const LIMIT_VARIABLES = ["LOOKUP_RATE_LIMIT_CLIENT", "LOOKUP_RATE_LIMIT_IDENTIFIER", "LOOKUP_RATE_LIMIT_IDENTIFIER_GLOBAL"];

let clientSeq = 0;
let client = "";
beforeEach(() => {
  clientSeq += 1;
  client = `198.51.100.${clientSeq}`;
  for (const name of LIMIT_VARIABLES) delete process.env[name];
});

function post(handler: (r: Request) => Promise<Response>, body: unknown, from = client) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return handler(new Request("http://localhost/api", { method: "POST", body: text, headers: { "content-type": "application/json", "x-client-address": from } }));
}

async function lookup(q: string, from = client) {
  return post(lookupPost, { q, captcha: await solvedAltcha() }, from);
}

describe("POST /api/v1/lookup", () => {
  it("answers a USCC at once, uncached", async () => {
    const u = validUscc();
    await makeMigratedTorchAccount(t.db, { kind: "enterprise", username: u }, { outcome: "E-R3", loginName: `HJ_${u}`, window: "legal" });
    const response = await lookup(u.toLowerCase());
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "result",
      result: { input: u, kind: "enterprise", registeredInTorch: true, outcome: "E-R3", loginName: `HJ_${u}`, window: "legal" },
    });
  });

  it("answers bad input with 400 {error, field: q} and never a 500", async () => {
    const bodies: unknown[] = ["{not json", "", "[]", "null", { q: 42 }, {}, { q: "12345" }, { q: "" }, { q: "x".repeat(100) }, { q: ["a"] }];
    for (const body of bodies) {
      const response = await post(lookupPost, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const json = await response.json();
      expect(Object.keys(json).sort()).toEqual(["error", "field"]);
      expect(json.field).toBe("q");
      expect(json.error).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("tells an unknown USCC with a wrong check character that it looks mistyped", async () => {
    const good = validUscc();
    const response = await lookup(good.slice(0, 17) + (good[17] === "0" ? "1" : "0"));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("010-88659000");
  });

  it("refuses a missing, wrong or reused captcha with 403", async () => {
    const u = validUscc();
    expect((await post(lookupPost, { q: u })).status).toBe(403);
    const decoded = JSON.parse(Buffer.from(await solvedAltcha(), "base64").toString());
    const unsolved = { ...decoded, solution: { ...decoded.solution, derivedKey: "00".repeat(32) } };
    expect((await post(lookupPost, { q: u, captcha: Buffer.from(JSON.stringify(unsolved)).toString("base64") })).status).toBe(403);
    const fresh = await solvedAltcha();
    expect((await post(lookupPost, { q: u, captcha: fresh })).status).toBe(200);
    const reused = await post(lookupPost, { q: u, captcha: fresh });
    expect(reused.status).toBe(403);
    expect(await reused.json()).toMatchObject({ code: "captcha.invalid" });
  });

  it("limits each client, with Retry-After, without affecting other clients", async () => {
    process.env.LOOKUP_RATE_LIMIT_CLIENT = "3/600";
    for (let i = 0; i < 3; i += 1) expect((await lookup(validUscc())).status).toBe(200);
    const limited = await lookup(validUscc());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(500);
    expect((await lookup(validUscc(), "203.0.113.99")).status).toBe(200);
  });

  it("refuses the no-JavaScript sum, however well answered: the API needs the proof of work", async () => {
    const u = validUscc();
    const response = await post(lookupPost, { q: u, captcha: await solvedSum({ form: "lookup", client }) });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "captcha.invalid", field: "captcha" });
  });

  it("limits lookups of one identifier per client, so nobody can block a company's lookups for others", async () => {
    process.env.LOOKUP_RATE_LIMIT_IDENTIFIER = "2/3600";
    const u = validUscc();
    expect((await lookup(u, "203.0.113.1")).status).toBe(200);
    expect((await lookup(u, "203.0.113.1")).status).toBe(200);
    const limited = await lookup(u, "203.0.113.1");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect((await lookup(u, "203.0.113.2")).status).toBe(200);
  });

  it("keeps a generous ceiling per identifier over all clients", async () => {
    process.env.LOOKUP_RATE_LIMIT_IDENTIFIER_GLOBAL = "3/3600";
    const u = validUscc();
    for (let i = 1; i <= 3; i += 1) expect((await lookup(u, `203.0.113.${10 + i}`)).status).toBe(200);
    expect((await lookup(u, "203.0.113.14")).status).toBe(429);
    expect((await lookup(validUscc(), "203.0.113.14")).status).toBe(200);
  });

  it("does not spend the client's budget on lookups another limit refused", async () => {
    process.env.LOOKUP_RATE_LIMIT_CLIENT = "3/600";
    process.env.LOOKUP_RATE_LIMIT_IDENTIFIER = "1/3600";
    const u = validUscc();
    expect((await lookup(u)).status).toBe(200);
    for (let i = 0; i < 3; i += 1) expect((await lookup(u)).status).toBe(429);
    // Only one lookup was served: two more of other codes fit in the budget of three.
    expect((await lookup(validUscc())).status).toBe(200);
    expect((await lookup(validUscc())).status).toBe(200);
    expect((await lookup(validUscc())).status).toBe(429);
  });

  it("answers 409 for an imported Torch account not yet migrated", async () => {
    const u = validUscc();
    await makeTorchAccount(t.db, { kind: "enterprise", username: u });
    const response = await lookup(u);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: "lookup.notMigrated" });
  });
});

describe("a mobile: SMS code first, then POST /api/v1/lookup/confirm", () => {
  it("looks the same whether or not the mobile has accounts, then answers after the code", async () => {
    const known = mobile();
    const unknown = mobile();
    await makeMigratedTorchAccount(t.db, { kind: "personal", username: known }, { outcome: "P-R3", loginName: `HJ_${known}`, window: "natural" });
    const first = await lookup(known);
    const second = await lookup(unknown);
    const [a, b] = [await first.json(), await second.json()];
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a.status).toBe("code_sent");
    expect(b.status).toBe("code_sent");

    const knownCode = (await findLastSmsCode({ db: t.db, mobile: known }))!.code!;
    const confirmed = await post(confirmPost, { challenge: a.challenge, code: knownCode });
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers.get("cache-control")).toBe("no-store");
    expect(await confirmed.json()).toEqual({ input: known, kind: "personal", registeredInTorch: true, outcome: "P-R3", loginName: `HJ_${known}`, window: "natural" });

    const unknownCode = (await findLastSmsCode({ db: t.db, mobile: unknown }))!.code!;
    expect(await (await post(confirmPost, { challenge: b.challenge, code: unknownCode })).json()).toMatchObject({ outcome: "P-U1", loginName: null });
  });

  it("refuses a wrong, reused or malformed code with 400 naming the field", async () => {
    const p = mobile();
    const { challenge } = await (await lookup(p)).json();
    const code = (await findLastSmsCode({ db: t.db, mobile: p }))!.code!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const refused = await post(confirmPost, { challenge, code: wrong });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ field: "code" });
    expect((await post(confirmPost, { challenge, code })).status).toBe(200);
    expect((await post(confirmPost, { challenge, code })).status).toBe(400);
    expect((await post(confirmPost, "{")).status).toBe(400);
    expect((await post(confirmPost, { challenge: "", code })).status).toBe(400);
  });

  it("refuses a second code for the same mobile within a minute with 429, without spending the client's budget", async () => {
    process.env.LOOKUP_RATE_LIMIT_CLIENT = "2/600";
    const p = mobile();
    expect((await lookup(p)).status).toBe(200);
    for (let i = 0; i < 3; i += 1) {
      const again = await lookup(p);
      expect(again.status).toBe(429);
      expect(await again.json()).toMatchObject({ retryAfterSeconds: expect.any(Number) });
      expect(Number(again.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    }
    expect((await lookup(mobile())).status).toBe(200);
  });
});

describe("GET /api/v1/captcha", () => {
  it("hands out a signed ALTCHA challenge, uncached", async () => {
    const response = await captchaGet();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256" });
    expect(body.signature).toMatch(/^[0-9a-f]{64}$/);
  });
});
