// The way back to the guide's step from the platform pages a step links to (issue 14 §1, §4), read
// as a browser without JavaScript reads them: 我的信息 from the verify-waiting steps (also through
// the login redirect), the login-name hint from the reset step, and 服务事项 → 自然人 → 个人业务办理
// where a personal journey ends.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations/apply";
import { usccCheckCharacter } from "@/lib/identifiers/uscc";
import { makeAccount } from "../integration/accounts/factories";
import { startApp, type AppServer } from "./app-server";
import { hiddenFields } from "./form-post";
import { CookieJar, mainOf, plainText } from "./html-reading";

const folder = mkdtempSync(path.join(os.tmpdir(), "torch-most-way-back-"));
const PASSWORD = "Correct-Horse-42";
let app: AppServer;
let db: Db;

beforeAll(async () => {
  const url = `file:${path.join(folder, "way-back.db")}`;
  process.env.DATA_KEY ??= "24".repeat(32);
  await applyMigrations(url);
  db = createDb(url);
  app = await startApp({ DATABASE_URL: url, DATA_KEY: process.env.DATA_KEY, DATA_DIR: folder });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await db?.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

/** The addresses of the page's links whose words are `text`, in its <main>. */
function linksNamed(html: string, text: string): string[] {
  return [...mainOf(html).matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
    .filter((match) => plainText(match[2]) === text)
    .map((match) => match[1].replaceAll("&amp;", "&"));
}

/** Where the server sends a browser that opens `pathname` (null when it shows the page). */
async function redirectOf(jar: CookieJar, pathname: string): Promise<string | null> {
  const response = await fetch(`${app.url}${pathname}`, { headers: jar.header(), redirect: "manual" });
  await response.text();
  return response.headers.get("location");
}

async function logIn(jar: CookieJar, loginPage: string, loginName: string): Promise<string | null> {
  return jar.post(loginPage, hiddenFields(await jar.get(loginPage), "loginName"), { loginName, password: PASSWORD });
}

const step = (id: string) => `/guide/journey/${id}`;
const withNext = (pathname: string, next: string) => `${pathname}?next=${encodeURIComponent(next)}`;

describe("the way back to the step, without JavaScript", () => {
  it("我的信息 opened from a verify-waiting step leads back to it, also through the login", async () => {
    const account = await makeAccount(db, { type: "natural", password: PASSWORD, realNameStatus: "pending" });
    const here = withNext("/account", step("verify-waiting-natural"));
    const jar = new CookieJar(app.url);

    // Logged out: the login page keeps the whole way (this page, and the step after it).
    const toLogin = await redirectOf(jar, here);
    expect(toLogin).toMatch(/^\/login\?/);
    const loginNext = new URL(toLogin ?? "", app.url).searchParams.get("next");
    expect(loginNext).toBe(here);

    const afterLogin = await logIn(jar, withNext("/login/natural", loginNext ?? ""), account.loginName);
    expect(afterLogin).toBe(here);
    const accountPage = await jar.get(afterLogin ?? "");
    expect(linksNamed(accountPage, "返回操作指引")).toEqual([step("verify-waiting-natural")]);

    // Saving the contact details on the way keeps the way back.
    const saved = await jar.post(here, hiddenFields(accountPage, "contactName"), { contactName: "李四", email: "" });
    expect(saved).toBe(`/account?notice=contactSaved&next=${encodeURIComponent(step("verify-waiting-natural"))}`);

    // Without a step (or with an address of another site) there is nothing to go back to.
    expect(linksNamed(await jar.get("/account"), "返回操作指引")).toEqual([]);
    expect(linksNamed(await jar.get(withNext("/account", "//evil.example/x")), "返回操作指引")).toEqual([]);
  });

  it("the login-name hint opened from the reset step answers, then leads back to it", async () => {
    const jar = new CookieJar(app.url);
    const hint = withNext("/recovery/hint", step("reset-legal"));
    const page = await jar.get(hint);
    // The way on to 登录名重置密码 keeps the step too.
    expect(linksNamed(page, "法人登录名重置密码")).toEqual([withNext("/recovery/reset/legal", step("reset-legal"))]);

    const first17 = "91110108MA01WB4K".padEnd(17, "3");
    // The post's answer is the page itself (no redirect): read it as the browser got it.
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...hiddenFields(page, "uscc"), uscc: first17 + usccCheckCharacter(first17) })) body.append(name, value);
    const response = await fetch(`${app.url}${hint}`, { method: "POST", body, headers: { origin: app.url, ...jar.header() }, redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(plainText(mainOf(html))).toContain("未找到");
    expect(linksNamed(html, "返回操作指引")).toEqual([step("reset-legal")]);
  });

  it("the end of a personal journey: 服务事项 → 自然人 → 个人业务办理, and the way back", async () => {
    const account = await makeAccount(db, { type: "natural", password: PASSWORD, realNameStatus: "verified" });
    const jar = new CookieJar(app.url);
    expect(await logIn(jar, "/login/natural", account.loginName)).toBe("/account");

    const services = await jar.get(withNext("/services", step("personal-services")));
    expect(linksNamed(services, "返回操作指引")).toEqual([step("personal-services")]);
    expect(plainText(mainOf(services))).toContain("自然人");
    expect(mainOf(services)).toContain('href="/services/personal"');

    const personal = mainOf(await jar.get("/services/personal"));
    expect(plainText(personal)).toContain("进入个人业务办理");
    expect(plainText(personal)).toContain(account.loginName);
  });
});
