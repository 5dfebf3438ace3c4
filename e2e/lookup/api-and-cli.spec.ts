// Every outcome through the HTTP API (POST /api/v1/lookup, then /confirm with the SMS code for a
// mobile) and the operator's CLI (`npm run cli -- lookup`): the same result object as the pages.
// Browser-independent, so they run in the desktop project only.
import { expect, test } from "@playwright/test";
import { demoCase, OUTCOMES } from "./demo-outcomes";
import { altchaCaptcha, cli, clientAddress, lastSmsCode, textCaptcha } from "./support";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "API and CLI do not depend on the browser");
});

test.describe("lookup API", () => {
  for (const outcome of OUTCOMES) {
    test(`${outcome}: POST /api/v1/lookup`, async ({ request }, testInfo) => {
      const demo = demoCase(outcome, 3);
      const headers = { "x-forwarded-for": clientAddress(testInfo) };
      const captcha = await altchaCaptcha(request, headers);
      const started = await request.post("/api/v1/lookup", { data: { q: demo.q, captcha }, headers });
      expect(started.status(), await started.text()).toBe(200);
      let result = await started.json();
      if (demo.kind === "personal") {
        // A mobile's outcome is only told to whoever can read its SMS.
        expect(result).toEqual({ status: "code_sent", challenge: expect.any(String) });
        const confirmed = await request.post("/api/v1/lookup/confirm", {
          data: { challenge: result.challenge, code: await lastSmsCode(demo.q) },
          headers,
        });
        expect(confirmed.status(), await confirmed.text()).toBe(200);
        result = await confirmed.json();
      } else {
        expect(result.status).toBe("result");
        result = result.result;
      }
      expect(result).toEqual({
        input: demo.q,
        kind: demo.kind,
        registeredInTorch: demo.registeredInTorch,
        outcome,
        loginName: demo.loginName,
        window: demo.window,
      });
    });
  }

  test("an invalid USCC is a 400 naming the field; a wrong captcha, or the no-JavaScript sum, a 403", async ({ request }, testInfo) => {
    const headers = { "x-forwarded-for": clientAddress(testInfo) };
    const invalid = await request.post("/api/v1/lookup", { data: { q: "91110108MA01ET88X", captcha: await altchaCaptcha(request, headers) }, headers });
    expect(invalid.status()).toBe(400);
    expect(await invalid.json()).toMatchObject({ field: "q", error: expect.stringContaining("18 位") });
    const refused = await request.post("/api/v1/lookup", { data: { q: "91110108MA01ET88XL", captcha: "bm90IHNvbHZlZA==" }, headers });
    expect(refused.status()).toBe(403);
    // The sum printed for this client at the HTML form, answered right: not for the API.
    const sum = await request.post("/api/v1/lookup", { data: { q: "91110108MA01ET88XL", captcha: await textCaptcha(request, headers) }, headers });
    expect(sum.status()).toBe(403);
  });
});

test.describe("lookup CLI", () => {
  for (const outcome of OUTCOMES) {
    test(`${outcome}: npm run cli -- lookup`, async () => {
      const demo = demoCase(outcome, 0);
      const { code, json } = await cli("lookup", demo.q);
      expect(code).toBe(0);
      expect(json).toEqual({
        input: demo.q,
        kind: demo.kind,
        registeredInTorch: demo.registeredInTorch,
        outcome,
        loginName: demo.loginName,
        window: demo.window,
      });
    });
  }
});
