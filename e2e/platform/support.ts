// Helpers of the platform e2e tests: the CLI against the e2e database (SMS codes), direct reads
// and the one allowed write (marking an account verified until real-name checks exist), solving
// the captcha in both of its forms, and logging in.
import { expect, type Page, type TestInfo } from "@playwright/test";
import { USCC_ALPHABET, usccCheckCharacter } from "../../lib/identifiers/uscc";
import { hashPassword } from "../../lib/passwords/hash";
import { runE2eCli, withE2eDb } from "../support/e2e-db";

export function lastSmsCode(mobile: string): string {
  const out = runE2eCli(["sms:last", mobile]);
  const parsed = JSON.parse(out) as { code?: string };
  if (!parsed.code) throw new Error(`no SMS code for ${mobile}`);
  return parsed.code;
}

export function storedAccount(loginName: string): { passwordHash: string; realNameStatus: string; type: string } | undefined {
  return withE2eDb((db) =>
    db.prepare("SELECT passwordHash, realNameStatus, type FROM PlatformAccount WHERE loginNameKey = ?").get(loginName.toLowerCase()) as
      | { passwordHash: string; realNameStatus: string; type: string }
      | undefined,
  );
}

/** Real-name verification is a later issue: until then the test marks the account verified itself. */
export function markVerified(loginName: string): void {
  withE2eDb((db) => db.prepare("UPDATE PlatformAccount SET realNameStatus = 'verified' WHERE loginNameKey = ?").run(loginName.toLowerCase()));
}

export function randomMobile(): string {
  return `1392${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}

export function randomUscc(): string {
  let body = "91110108";
  for (let i = 0; i < 9; i += 1) body += USCC_ALPHABET[Math.floor(Math.random() * USCC_ALPHABET.length)];
  return body + usccCheckCharacter(body);
}

export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

function answerSum(question: string): string {
  const match = /(\d+)\s*(加|减)\s*(\d+)/.exec(question);
  if (!match) throw new Error(`not a sum: ${question}`);
  const [a, b] = [Number(match[1]), Number(match[3])];
  return String(match[2] === "加" ? a + b : a - b);
}

/** Solves the captcha on the page if there is one: the sum without JavaScript, ALTCHA with it. */
export async function solveCaptcha(page: Page, testInfo: TestInfo): Promise<void> {
  if ((await page.locator("#captcha").count()) === 0) return;
  if (testInfo.project.use.javaScriptEnabled === false) {
    const field = page.locator("#captcha-answer");
    const label = await page.locator('label[for="captcha-answer"]').innerText();
    await field.fill(answerSum(label));
    return;
  }
  // The proof of work takes seconds, more on a busy two-core test machine.
  await expect(page.locator('input[name="altcha"]')).not.toHaveValue("", { timeout: 60_000 });
}

const leftLogin = (url: URL) => !url.pathname.startsWith("/login");

/** Logs in at a window; answers a captcha when repeated failures (of any test) asked for one. */
export async function logIn(page: Page, testInfo: TestInfo, window: "natural" | "legal", loginName: string, password: string): Promise<void> {
  await page.goto(`/login/${window}`);
  await page.getByLabel("登录名", { exact: true }).fill(loginName);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  const first = await Promise.race([
    page.waitForURL(leftLogin, { timeout: 20_000 }).then(() => "done" as const, () => "timeout" as const),
    page.locator("#captcha").waitFor({ state: "visible", timeout: 20_000 }).then(() => "captcha" as const, () => "timeout" as const),
  ]);
  if (first === "done") return;
  expect(first, "neither logged in nor asked for a captcha").toBe("captcha");
  await page.getByLabel("密码", { exact: true }).fill(password);
  await solveCaptcha(page, testInfo);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(leftLogin, { timeout: 20_000 });
}

/**
 * Login failures are also counted per client address, and every test comes from 127.0.0.1: each
 * test gets its own address (the server takes the one its proxy appended to X-Forwarded-For), so
 * failures of one test do not make another one meet a captcha.
 */
export async function useOwnClientAddress(page: Page): Promise<void> {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
}

/** A fresh natural account written straight into the e2e database (no captcha or SMS to go through). */
export async function insertAccount(loginName: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const now = new Date().toISOString().replace("Z", "+00:00");
  withE2eDb((db) =>
    db
      .prepare(
        `INSERT INTO PlatformAccount (type, loginName, loginNameKey, passwordHash, reservedMobile, realNameStatus, origin, passwordChangedAt, createdAt, updatedAt)
         VALUES ('natural', ?, ?, ?, ?, 'unverified', 'registered', ?, ?, ?)`,
      )
      .run(loginName, loginName.toLowerCase(), passwordHash, randomMobile(), now, now, now),
  );
}
