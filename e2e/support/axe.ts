// Accessibility check for every e2e test: WCAG 2.0 A/AA and 2.1 A/AA rules through axe-core.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export interface AxeOptions {
  /** CSS selectors to leave out, e.g. a third-party widget checked elsewhere. Use sparingly. */
  exclude?: string[];
}

export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const { violations } = await withScriptsForAxe(page, (target) => {
    let builder = new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    return builder.analyze();
  });
  // Rule id, impact and the offending elements make a failure readable without a trace viewer.
  const summary = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, "axe-core WCAG 2.1 AA violations").toEqual([]);
}

// axe-core runs as a script in the page, which a `javaScriptEnabled: false` page never executes
// (Playwright's evaluate hangs there). So the no-JS page's markup, as the user got it, is checked in
// a second, script-enabled page that serves that markup without the app's scripts and with
// <noscript> content unwrapped (it is what showed); stylesheets and images still come from the server.
async function withScriptsForAxe<T>(page: Page, check: (target: Page) => Promise<T>): Promise<T> {
  if (test.info().project.use.javaScriptEnabled !== false) return check(page);
  const browser = page.context().browser();
  if (!browser) throw new Error("axe check without JavaScript needs a browser-launched context");
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<\/?noscript>/gi, "");
  const url = page.url();
  const context = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route("**/*", (route) => {
      const request = route.request();
      if (request.resourceType() === "script") return route.abort();
      if (request.isNavigationRequest() && request.url() === url) {
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      }
      return route.continue();
    });
    await copy.goto(url);
    return await check(copy);
  } finally {
    await context.close();
  }
}
