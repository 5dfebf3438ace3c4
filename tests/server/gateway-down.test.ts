// With the SMS gateway unreachable (SMS_PROVIDER=http at a closed port), every form and API that
// sends a code answers in words — try again later, or call — and never with a 500 (issue 15).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations/apply";
import { freePort, startApp, type AppServer } from "./app-server";
import { postForm } from "./form-post";

const folder = mkdtempSync(path.join(os.tmpdir(), "torch-most-gateway-down-"));
let app: AppServer;
const SENT_WORDS = "短信暂时无法发送";

beforeAll(async () => {
  const url = `file:${path.join(folder, "down.db")}`;
  await applyMigrations(url);
  const closedPort = await freePort();
  app = await startApp({
    DATABASE_URL: url,
    DATA_KEY: randomBytes(32).toString("hex"),
    DATA_DIR: folder,
    SMS_PROVIDER: "http",
    SMS_HTTP_URL: `http://127.0.0.1:${closedPort}/sms`,
    SMS_HTTP_TOKEN: "gateway-token-0123456789",
    SMS_HTTP_RETRIES: "0",
  });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe("the SMS gateway is down", () => {
  it("the lookup API answers 503 with Retry-After and words", async () => {
    const response = await fetch(`${app.url}/api/v1/lookup`, { method: "POST", headers: { "content-type": "application/json", origin: app.url }, body: JSON.stringify({ q: "13912345678" }) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ code: "sms.send.failed", error: expect.stringContaining(SENT_WORDS) });
  });

  it("the appeal's contact step shows the words on the form and keeps the mobile", async () => {
    const { status, html } = await postForm(`${app.url}/recovery/appeal/natural`, { mobile: "13912345679" });
    expect(status).toBe(200);
    expect(html).toContain(SENT_WORDS);
    expect(html).toContain('value="13912345679"');
  });
});
