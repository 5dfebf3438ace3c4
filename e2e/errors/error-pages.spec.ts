// Error pages (issue 12 §6) in Chinese with the support phone, with and without JavaScript: an
// unknown address, and every database-backed page while the database cannot be reached — a second
// server is started for that on E2E_PORT+100 with a DATABASE_URL that points nowhere.
import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { E2E_DATA_KEY } from "../support/e2e-db";

const SERVICE = "火炬中心账号迁移助手";

test("an unknown address gets the Chinese 404 page, status 404", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "desktop and no-JS cover it");
  // Without JavaScript the axe check opens a second page; a busy two-core machine needs the room.
  test.setTimeout(60_000);
  const response = await page.goto("/nope");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(`错误：页面不存在 – ${SERVICE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.getByRole("main").getByRole("link", { name: "返回首页" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "010-88659000" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("with the database unreachable", () => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 100;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess;
  let log = "";

  test.beforeAll(async () => {
    test.skip(test.info().project.name !== "desktop", "one server of its own; both JavaScript settings are tried in it");
    test.setTimeout(120_000);
    server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none", DATA_DIR: "./data/e2e-down", DATA_KEY: E2E_DATA_KEY, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    await expect.poll(() => fetch(`${base}/`).then((r) => r.status, () => 0), { timeout: 90_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test("pages say so in Chinese with the phone and a logged reference, with and without JavaScript", async ({ browser }) => {
    test.setTimeout(90_000);
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, baseURL: base });
      const page = await context.newPage();
      for (const path of ["/guide/outcomes/E-R1", "/login/natural"]) {
        await page.goto(path);
        await expect(page, path).toHaveTitle(`错误：系统暂时无法使用 – ${SERVICE}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("系统暂时无法使用");
        await expect(page.getByRole("main").getByRole("link", { name: "010-88659000" })).toHaveAttribute("href", "tel:010-88659000");
        const reference = (await page.getByTestId("error-reference").textContent()) ?? "";
        expect(reference).toMatch(/^[0-9A-F]{8}$/);
        // Logged once, as a JSON line, with the very reference the page shows.
        const lines = log.split("\n").filter((line) => line.includes(`"reference":"${reference}"`));
        expect(lines).toHaveLength(1);
        expect(JSON.parse(lines[0])).toMatchObject({ level: "error", event: "database.unreachable" });
        await expect(page.getByText("This page couldn't load")).toHaveCount(0);
      }
      await context.close();
    }
  });
});
