// Every one of the 13 outcomes reached from the demo data the way a browser without JavaScript
// reaches it — the lookup form posted, for a mobile the SMS code from the outbox posted, then the
// result page read — and what that page says: the outcome's title, the login name (or none),
// the login window (or none), the reason, one start button, and no identifier in any address it
// was sent to. The browser walks (e2e/lookup/outcomes.spec.ts) take three of these pages in each
// project with axe; this proves all 13 without a browser, which CI's two cores can afford.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations/apply";
import { findLastSmsMessage } from "@/lib/db/sms/find-last-sms-message";
import { importPlatformAccounts } from "@/lib/importers/import-platform-accounts";
import { importRegistryEntries } from "@/lib/importers/import-registry-entries";
import { importTorchAccounts } from "@/lib/importers/import-torch-accounts";
import { runMigration } from "@/lib/migration/run-migration";
import { demoCase, OUTCOMES, outcomeTitle, WINDOW_LABEL, type Outcome } from "../../e2e/lookup/demo-outcomes";
import { startApp, type AppServer } from "./app-server";
import { CookieJar, elementTexts, mainOf, plainText, textOfTestId } from "./html-reading";
import { hiddenFields } from "./form-post";

const folder = mkdtempSync(path.join(os.tmpdir(), "torch-most-outcomes-"));
const DEMO = path.join(process.cwd(), "tests", "fixtures", "demo");
let app: AppServer;
let db: Db;

beforeAll(async () => {
  const url = `file:${path.join(folder, "outcomes.db")}`;
  process.env.DATA_KEY ??= "24".repeat(32);
  await applyMigrations(url);
  db = createDb(url);
  // The demo data the way `npm run seed:demo` loads it: the importers, then the migration.
  await importPlatformAccounts({ db, file: path.join(DEMO, "platform-accounts.csv") });
  await importRegistryEntries({ db, file: path.join(DEMO, "registry.csv") });
  await importTorchAccounts({ db, file: path.join(DEMO, "torch-accounts.csv") });
  await runMigration({ databaseUrl: url });
  app = await startApp({ DATABASE_URL: url, DATA_KEY: process.env.DATA_KEY, DATA_DIR: folder });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await db?.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

/** Looks the demo case up as a browser without JavaScript; the result page and every address it was sent to. */
async function lookUp(outcome: Outcome): Promise<{ html: string; visited: string[] }> {
  const demo = demoCase(outcome, 0);
  const jar = new CookieJar(app.url);
  const visited: string[] = [];
  const lookupPath = `/guide/${demo.kind}`;
  let sentTo = await jar.post(lookupPath, hiddenFields(await jar.get(lookupPath), "q"), { q: demo.q });
  visited.push(sentTo ?? "");
  if (demo.kind === "personal") {
    expect(sentTo).toMatch(/\/guide\/verify$/);
    const verifyPage = await jar.get("/guide/verify");
    const message = await findLastSmsMessage({ db, mobile: demo.q });
    expect(message?.code, `an SMS code for ${outcome}`).toBeTruthy();
    sentTo = await jar.post("/guide/verify", hiddenFields(verifyPage, "code"), { code: message?.code ?? "" });
    visited.push(sentTo ?? "");
  }
  expect(sentTo, `${outcome} ends on the result page`).toMatch(/\/guide\/result$/);
  return { html: await jar.get("/guide/result"), visited };
}

describe("the result page of every outcome, without JavaScript", () => {
  for (const outcome of OUTCOMES) {
    it(`${outcome}: title, login name, window, reason and one start button`, async () => {
      const demo = demoCase(outcome, 0);
      const { html: page, visited } = await lookUp(outcome);
      const html = mainOf(page);

      expect(elementTexts(html, "h1")).toEqual([outcomeTitle(outcome)]);
      expect(textOfTestId(html, "outcome-code")).toContain(outcome);
      expect(textOfTestId(html, "outcome-code")).toContain(demo.registeredInTorch ? "注册过" : "未在");
      expect(textOfTestId(html, "lookup-input")).toBe(demo.q);
      expect(textOfTestId(html, "login-name")).toBe(demo.loginName);
      expect(textOfTestId(html, "login-window")).toBe(demo.window ? WINDOW_LABEL[demo.window] : null);
      expect(elementTexts(html, "h2")).toContain("原因");
      // One thing per page (issue 14.3): no step list here, one button starts the journey.
      expect(plainText(html)).not.toContain("接下来怎么做");
      expect(elementTexts(html, "button").filter((text) => text === "开始分步办理")).toHaveLength(1);
      // The identifier travelled in no address (interfaces.md).
      for (const url of visited) expect(url).not.toContain(demo.q);
    });
  }
});
