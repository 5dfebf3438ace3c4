// Helpers for the lookup e2e tests: the project's variant, a client address per test (the lookup
// limits requests per client; every test is its own client), both captchas, and the CLI against
// the e2e database (SMS codes are read from the outbox with `sms:last`).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { E2E_DATA_KEY } from "../support/e2e-db";
import type { Variant } from "./demo-outcomes";

const run = promisify(execFile);

// The web server's settings in playwright.config.ts; overridable to test against another server.
const CLI_ENV = {
  DATABASE_URL: process.env.E2E_CLI_DATABASE_URL ?? "file:./data/e2e.db",
  DATA_DIR: process.env.E2E_CLI_DATA_DIR ?? "./data/e2e",
  ...(process.env.E2E_CLI_DATA_DIR ? {} : { DATA_KEY: E2E_DATA_KEY }),
};

export function variantOf(testInfo: TestInfo): Variant {
  return ({ desktop: 0, phone: 1, "no-js": 2 } as const)[testInfo.project.name as "desktop" | "phone" | "no-js"] ?? 0;
}

export function scripted(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/** A private address made from the test's id: stable for the test, different between tests. */
export function clientAddress(testInfo: TestInfo, salt = ""): string {
  const hash = createHash("sha256").update(testInfo.testId + salt).digest();
  return `10.${hash[0]}.${hash[1]}.${hash[2]}`;
}

export async function actAsClient(page: Page, testInfo: TestInfo): Promise<void> {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": clientAddress(testInfo) });
}

/** "2 加 4 等于几？" → "6": the no-JavaScript captcha is plain text meant to be answered. */
export function answerSum(question: string): string {
  const match = /(\d+)\s*(加|减)\s*(\d+)/.exec(question);
  if (!match) throw new Error(`not a captcha question: ${question}`);
  const [a, b] = [Number(match[1]), Number(match[3])];
  return String(match[2] === "加" ? a + b : a - b);
}

/** Solves whichever captcha the page shows: the sum without JavaScript, ALTCHA with it. */
export async function solveCaptcha(page: Page, testInfo: TestInfo): Promise<void> {
  if (!scripted(testInfo)) {
    const label = await page.locator('label[for="captcha-answer"]').innerText();
    await page.locator("#captcha-answer").fill(answerSum(label));
    return;
  }
  // The widget solves its proof of work by itself once loaded and fills the hidden field.
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 60_000 });
}

/**
 * A solved ALTCHA proof of work for API calls, as an API client makes it: the challenge from
 * GET /api/v1/captcha, solved here (the e2e server asks for little work). The no-JavaScript sum is
 * for HTML forms only: the API refuses it.
 */
export async function altchaCaptcha(request: APIRequestContext, headers: Record<string, string>): Promise<string> {
  const challenge = await (await request.get("/api/v1/captcha", { headers })).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

/** The sum and token of a fresh no-JavaScript captcha printed on /guide/enterprise for this client. */
export async function textCaptcha(request: APIRequestContext, headers: Record<string, string>): Promise<{ token: string; answer: string }> {
  const html = await (await request.get("/guide/enterprise", { headers })).text();
  const question = /<label for="captcha-answer"[^>]*>([^<]*)<\/label>/.exec(html)?.[1];
  const token = /name="captchaToken" value="([^"]+)"/.exec(html)?.[1];
  if (!question || !token) throw new Error("no captcha in /guide/enterprise");
  return { token, answer: answerSum(question) };
}

export async function cli(...args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  try {
    const { stdout } = await run("node", ["--conditions=react-server", "--import", "tsx", "cli/main.ts", ...args], {
      env: { ...process.env, ...CLI_ENV },
    });
    return { code: 0, json: JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? 1, json: JSON.parse(failed.stdout?.trim().split("\n").at(-1) || "{}") };
  }
}

export async function lastSmsCode(mobile: string): Promise<string> {
  const { code, json } = await cli("sms:last", mobile);
  expect(code, JSON.stringify(json)).toBe(0);
  return String(json.code);
}
