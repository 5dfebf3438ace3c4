// End-to-end tests on the system Chromium (/usr/bin/chromium, installed by scripts/test.sh):
// a desktop browser, a phone and a browser without JavaScript, against a production build
// (`next build` runs before this in scripts/test.sh; the web server here only starts it).
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATA_KEY, E2E_DATABASE_URL } from "./e2e/support/e2e-db";

const port = Number(process.env.E2E_PORT ?? 3100);

// Repeated in every project's `use`: spreading `devices[…]` would otherwise drop a top-level value.
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // Recording a trace for every test costs noticeable time on 2 cores; the CI retry records one.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    // iPhone 14 is 390 px wide; tests that need the narrowest supported phone set 360 px themselves.
    // Drawn at one device pixel per CSS pixel: the layout (CSS pixels, touch, mobile viewport) is the
    // phone's, and software rendering at the phone's 3× density costs the 2-core CI about 9× the pixels.
    { name: "phone", use: { ...devices["iPhone 14"], deviceScaleFactor: 1, browserName: "chromium", launchOptions } },
    { name: "no-js", use: { ...devices["Desktop Chrome"], javaScriptEnabled: false, launchOptions } },
  ],
  webServer: {
    // A fresh database with the demo data for every run; the build itself is made beforehand.
    command: [
      "rm -rf data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e",
      "npm run db:migrate",
      "npm run seed:demo",
      // The edge server, as `npm start` runs it (server/main.ts).
      "exec node --import tsx server/main.ts",
    ].join(" && "),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      // Captcha stays on (it must be testable); E2E=1 lets tests reach what they need to solve it.
      E2E: "1",
      DATA_DIR: "./data/e2e",
      // A fixed, test-only key, so data sealed by the seed can be opened by the server.
      DATA_KEY: E2E_DATA_KEY,
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      // The tests stand in for a proxy on this machine: each test names its own client in
      // X-Forwarded-For, so parallel tests do not share a per-client limit.
      TRUSTED_PROXIES: "127.0.0.1,::1",
      // A loaded CI machine runs late at times; that must not turn test requests into 503s.
      MAX_EVENT_LOOP_LAG_MS: "60000",
    },
  },
});
