// Staff edit the text of a page (developers' guide: "Staff edit the text of every step"): an
// editor made with the CLI logs in with password + TOTP, changes an outcome page's text, sees a
// broken edit refused with the reason beside the field (nothing typed lost), sees a <script> removed,
// and reverts. Runs on desktop and without JavaScript, each on its own page so they cannot collide.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { createStaffByCli, logInAsNewStaff, uniqueStaffName } from "../staff/support";

const PAGE_BY_PROJECT: Record<string, string> = { desktop: "P-U2", "no-js": "E-U2" };

test("an editor changes an outcome page, a broken edit is refused, and the page reverts", async ({ page }, testInfo) => {
  const code = PAGE_BY_PROJECT[testInfo.project.name];
  test.skip(!code, "desktop and no-JS only");
  test.setTimeout(120_000);
  const name = uniqueStaffName("editor");
  createStaffByCli(name, "editor");
  await logInAsNewStaff(page, name);

  await page.goto("/staff/content");
  await expect(page.getByRole("heading", { level: 1, name: "内容编辑" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator(`a[href="/staff/content/outcomes/${code}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/staff/content/outcomes/${code}$`));
  const field = page.getByLabel("页面内容（MDX）");
  const shipped = await field.inputValue();
  expect(shipped).toMatch(/^---\ntitle:/);

  // A text without a title would break the page: refused, the reason beside the field, text kept.
  const broken = shipped.replace(/^title: .*\n/m, "");
  await field.fill(broken);
  await page.getByRole("button", { name: "检查并保存" }).click();
  await expect(page.locator("#content-body-error")).toContainText("内容无法正常显示，未保存");
  await expect(field).toHaveAttribute("aria-describedby", /content-body-error/);
  await expect(field).toHaveValue(broken);

  // A valid edit, with a script an editor might paste: the words show, the script does not.
  const marker = `编辑补充说明${Date.now().toString(36)}`;
  await field.fill(`${shipped}\n\n${marker}\n\n<script>window.__edited = 1</script>\n`);
  await page.getByRole("button", { name: "检查并保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await page.goto(`/guide/outcomes/${code}`);
  await expect(page.getByText(marker)).toBeVisible();
  expect(await page.content()).not.toContain("window.__edited");

  await page.goto(`/staff/content/outcomes/${code}`);
  await page.getByRole("button", { name: "恢复为原始版本" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已恢复为原始版本" })).toBeVisible();
  await expect(page.getByLabel("页面内容（MDX）")).toHaveValue(shipped);
  await page.goto(`/guide/outcomes/${code}`);
  await expect(page.getByText(marker)).toHaveCount(0);
});

test("a reviewer cannot reach the content editor", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a server-side role check; one browser is enough");
  // The CLI and a two-step login: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const name = uniqueStaffName("reviewer");
  createStaffByCli(name, "reviewer");
  await logInAsNewStaff(page, name);
  const response = await page.goto("/staff/content/outcomes/E-R1");
  // requireStaff answers a role that may not open a page with the 403 page, not a 404.
  expect(response?.status()).toBe(403);
});

test("without a staff session the editor sends people to the staff login", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one browser is enough");
  await page.goto("/staff/content");
  await expect(page).toHaveURL(/\/staff\/login/);
});
