// Layout checks shared by e2e tests: pages must work on a 360 px wide phone without sideways scrolling.
import { expect, type Page } from "@playwright/test";

export const NARROWEST_PHONE = { width: 360, height: 740 };

export async function expectNoHorizontalScroll(page: Page, width = NARROWEST_PHONE.width): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page is wider than ${width} px`).toBeLessThanOrEqual(width);
}
