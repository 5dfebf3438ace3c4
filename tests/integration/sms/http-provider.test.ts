// SMS_PROVIDER=http against a real local gateway (node:http): what is sent, retries with backoff
// only where another try can help, timeouts, one Idempotency-Key across retries, and the delivery
// status recorded in SmsMessage — with the code never stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SmsSendError } from "@/lib/sms/errors";
import { HttpSmsProvider, type HttpSmsConfig } from "@/lib/sms/http-sms-provider";
import { issueSmsCode } from "@/lib/sms/codes";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import { mobile } from "../../support/factories";
import { sendJson, startStandIn, type StandInServer } from "../../support/stand-in-server";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
let gateway: StandInServer;
const TOKEN = "gateway-token-0123456789";

beforeAll(async () => {
  t = await createTestDatabase();
  gateway = await startStandIn();
});
afterAll(async () => {
  await gateway.close();
  await t.drop();
});

function provider(overrides: Partial<HttpSmsConfig> = {}) {
  const config: HttpSmsConfig = { url: `${gateway.url}/sms`, token: TOKEN, templates: { lookup: "SMS_1001" }, timeoutMs: 2000, retries: 2, baseDelayMs: 10, ...overrides };
  return new HttpSmsProvider(config, t.db);
}

const row = (to: string) =>
  t.db.smsMessage.findFirstOrThrow({
    where: { mobile: to },
    select: { provider: true, status: true, attempts: true, idempotencyKey: true, providerMessageId: true, lastError: true, deliveredAt: true, code: true, body: true },
  });

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("HttpSmsProvider", () => {
  it("posts the message with bearer auth, template, code and an Idempotency-Key, and records it as sent", async () => {
    gateway.handle((_, response) => sendJson(response, 200, { id: "gw-1", status: "sent" }));
    const to = mobile();
    await provider().send({ mobile: to, purpose: "lookup", body: "【科技部政务服务平台】验证码 123456，10 分钟内有效。", code: "123456" });
    expect(gateway.requests).toHaveLength(1);
    const [request] = gateway.requests;
    expect(request).toMatchObject({ method: "POST", path: "/sms" });
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(request.body)).toEqual({ to, purpose: "lookup", template: "SMS_1001", params: { code: "123456" }, text: "【科技部政务服务平台】验证码 123456，10 分钟内有效。" });
    const stored = await row(to);
    expect(stored).toMatchObject({ provider: "http", status: "sent", attempts: 1, providerMessageId: "gw-1", lastError: null, code: null, deliveredAt: null });
    expect(stored.idempotencyKey).toBe(request.headers["idempotency-key"]);
    expect(stored.body).not.toContain("123456");
    expect(stored.body).toContain("******");
  });

  it("retries a 5xx with the same Idempotency-Key and records the attempts", async () => {
    let calls = 0;
    gateway.handle((_, response) => (++calls === 1 ? sendJson(response, 503, { error: "busy" }) : sendJson(response, 200, { id: "gw-2" })));
    const to = mobile();
    await provider().send({ mobile: to, purpose: "reset-notice", body: "通知" });
    expect(gateway.requests).toHaveLength(2);
    expect(new Set(gateway.requests.map((r) => r.headers["idempotency-key"])).size).toBe(1);
    expect(JSON.parse(gateway.requests[1].body)).toMatchObject({ template: null, params: {} });
    expect(await row(to)).toMatchObject({ status: "sent", attempts: 2, providerMessageId: "gw-2", lastError: "http 503" });
  });

  it("gives up after the timeout of every attempt and says so", async () => {
    gateway.handle(() => undefined); // never answers
    const to = mobile();
    const started = Date.now();
    const error = await failure(provider({ timeoutMs: 200, retries: 1 }).send({ mobile: to, purpose: "lookup", body: "x" }));
    expect(error).toBeInstanceOf(SmsSendError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(gateway.requests).toHaveLength(2);
    expect(await row(to)).toMatchObject({ status: "failed", attempts: 2, lastError: "timeout", providerMessageId: null });
  });

  it("does not retry a 4xx refusal", async () => {
    gateway.handle((_, response) => sendJson(response, 400, { error: "bad mobile" }));
    const to = mobile();
    expect(await failure(provider().send({ mobile: to, purpose: "lookup", body: "x" }))).toBeInstanceOf(SmsSendError);
    expect(gateway.requests).toHaveLength(1);
    expect(await row(to)).toMatchObject({ status: "failed", attempts: 1, lastError: "http 400" });
  });

  it("waits as long as a 429's Retry-After asks, and stops when it asks too much", async () => {
    let calls = 0;
    gateway.handle((_, response) => (++calls === 1 ? sendJson(response, 429, {}, { "retry-after": "1" }) : sendJson(response, 202, {})));
    const to = mobile();
    const started = Date.now();
    await provider().send({ mobile: to, purpose: "lookup", body: "x" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await row(to)).toMatchObject({ status: "sent", attempts: 2, providerMessageId: null });

    gateway.handle((_, response) => sendJson(response, 429, {}, { "retry-after": "3600" }));
    const other = mobile();
    expect(await failure(provider().send({ mobile: other, purpose: "lookup", body: "x" }))).toBeInstanceOf(SmsSendError);
    expect(gateway.requests).toHaveLength(1);
    expect(await row(other)).toMatchObject({ status: "failed", attempts: 1, lastError: "http 429" });
  });

  it("is not delivered twice when the gateway's answer is lost: the retry carries the same key", async () => {
    // A gateway that deduplicates by Idempotency-Key, as the README asks of it.
    const delivered = new Map<string, string>();
    gateway.handle((request, response) => {
      const key = String(request.headers["idempotency-key"]);
      const known = delivered.get(key);
      if (known) return sendJson(response, 200, { id: known, status: "delivered" });
      delivered.set(key, `gw-${delivered.size + 1}`);
      response.socket?.destroy(); // delivered, but the answer never arrives
    });
    const to = mobile();
    await provider().send({ mobile: to, purpose: "lookup", body: "x", code: "654321" });
    expect(gateway.requests).toHaveLength(2);
    expect(delivered.size).toBe(1);
    const stored = await row(to);
    expect(stored).toMatchObject({ status: "delivered", attempts: 2, providerMessageId: "gw-1" });
    expect(stored.lastError).toMatch(/^network /);
    expect(stored.deliveredAt).toBeInstanceOf(Date);
  });

  it("sends one-time codes without keeping them: sms:last finds nothing", async () => {
    gateway.handle((_, response) => sendJson(response, 200, { id: "gw-code" }));
    const to = mobile();
    await issueSmsCode({ db: t.db, mobile: to, purpose: "register", provider: provider() });
    const sent = JSON.parse(gateway.requests[0].body) as { params: { code: string }; text: string };
    expect(sent.params.code).toMatch(/^\d{6}$/);
    expect(sent.text).toContain(sent.params.code);
    expect(await findLastSmsCode({ db: t.db, mobile: to })).toBeNull();
    expect((await row(to)).body).not.toContain(sent.params.code);
  });
});
