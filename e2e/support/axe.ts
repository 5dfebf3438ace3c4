// Accessibility check for every e2e test: WCAG 2.0 A/AA and 2.1 AA rules through axe-core.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export interface AxeOptions {
  /** CSS selectors to leave out, e.g. a third-party widget checked elsewhere. Use sparingly. */
  exclude?: string[];
}

export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  // Rule id, impact and the offending elements make a failure readable without a trace viewer.
  const summary = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, "axe-core WCAG 2.1 AA violations").toEqual([]);
}
