// POST /api/v1/sms/delivery through the route handler with real Requests and a real database:
// only the gateway holding SMS_HTTP_CALLBACK_TOKEN is heard, and its report lands on the message.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/sms/delivery/route";
import { createSmsMessage } from "@/lib/db/sms/create-sms-message";
import { resetEnvCache } from "@/lib/env";
import { CountedSmsProvider } from "@/lib/sms/counted-sms-provider";
import { HttpSmsProvider } from "@/lib/sms/http-sms-provider";
import { smsProvider } from "@/lib/sms/sms-provider";
import { mobile } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
const shared = globalThis as unknown as { __db?: { $disconnect(): Promise<void> } };
const CALLBACK = "callback-token-0123456789";
const VARIABLES = { SMS_PROVIDER: "http", SMS_HTTP_URL: "http://127.0.0.1:9/sms", SMS_HTTP_TOKEN: "gateway-token-0123456789", SMS_HTTP_CALLBACK_TOKEN: CALLBACK };

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  delete shared.__db;
});
beforeEach(() => {
  Object.assign(process.env, VARIABLES);
  resetEnvCache();
});
afterAll(async () => {
  await shared.__db?.$disconnect();
  delete shared.__db;
  for (const name of Object.keys(VARIABLES)) delete process.env[name];
  resetEnvCache();
  await t.drop();
});

const report = (body: unknown, token: string | null = CALLBACK) =>
  POST(new Request("http://localhost/api/v1/sms/delivery", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));

async function gatewayMessage(providerMessageId: string) {
  const key = crypto.randomUUID();
  const { id } = await createSmsMessage({ db: t.db, mobile: mobile(), purpose: "lookup", body: "x", provider: "http", status: "sending", idempotencyKey: key });
  await t.db.smsMessage.update({ where: { id }, data: { status: "sent", providerMessageId } });
  return { id, key };
}
const status = (id: number) => t.db.smsMessage.findUniqueOrThrow({ where: { id }, select: { status: true, deliveredAt: true, lastError: true } });

describe("SMS delivery reports", () => {
  it("builds the http provider from the environment", () => {
    // Counted for the metrics on the way out, sent by the HTTP gateway.
    const provider = smsProvider();
    expect(provider).toBeInstanceOf(CountedSmsProvider);
    expect((provider as CountedSmsProvider).inner).toBeInstanceOf(HttpSmsProvider);
  });

  it("records delivered by idempotency key and failed by the gateway's id", async () => {
    const first = await gatewayMessage("gw-a");
    expect((await report({ idempotencyKey: first.key, status: "delivered", at: "2026-12-01T08:00:00+08:00" })).status).toBe(204);
    expect(await status(first.id)).toEqual({ status: "delivered", deliveredAt: new Date("2026-12-01T00:00:00Z"), lastError: null });
    const second = await gatewayMessage("gw-b");
    expect((await report({ id: "gw-b", status: "failed", error: "isv.MOBILE_NUMBER_ILLEGAL" })).status).toBe(204);
    expect(await status(second.id)).toMatchObject({ status: "failed", lastError: "report isv.MOBILE_NUMBER_ILLEGAL" });
  });

  it("refuses a caller without the token, and changes nothing", async () => {
    const message = await gatewayMessage("gw-c");
    for (const token of [null, "wrong-token-0123456789"]) {
      const response = await report({ id: "gw-c", status: "delivered" }, token);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
    expect(await status(message.id)).toMatchObject({ status: "sent", deliveredAt: null });
  });

  it("answers 400 for a malformed report and 404 for an unknown message", async () => {
    expect((await report("{not json")).status).toBe(400);
    expect((await report({ status: "delivered" })).status).toBe(400);
    expect((await report({ id: "gw-x", status: "read" })).status).toBe(400);
    expect((await report({ id: "gw-x", status: "failed", error: "<script>" })).status).toBe(400);
    expect((await report({ id: "no-such-message", status: "delivered" })).status).toBe(404);
  });

  it("does not exist without a callback token", async () => {
    delete process.env.SMS_HTTP_CALLBACK_TOKEN;
    resetEnvCache();
    expect((await report({ id: "gw-a", status: "delivered" })).status).toBe(404);
  });
});
