// Staff publish the text of a page (issue 13): an editor made with the CLI logs in with password +
// TOTP, keeps an edit as a draft (users still see the old text), previews it at phone and desktop
// widths, has a publish refused with the Chinese reason beside the field (nothing typed lost),
// publishes, finds the version in the history and rolls back — partly by keyboard, with axe on
// every page. A second run publishes without JavaScript. Each run uses its own outcome page and
// puts it back, since other specs read the outcome pages.
import { expect, test } from "@playwright/test";
import { withE2eDb } from "../support/e2e-db";
import { expectNoAxeViolations } from "../support/axe";
import { createStaffByCli, logInAsNewStaff, uniqueStaffName } from "../staff/support";

function versionsOf(key: string): { number: number; kind: string }[] {
  return withE2eDb((db) => db.prepare("SELECT number, kind FROM ContentVersion WHERE key = ? ORDER BY number").all(key) as { number: number; kind: string }[]);
}

test("an editor drafts, previews, is refused, publishes and rolls back a page", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the full walk once; the no-JS publish below");
  test.setTimeout(180_000);
  const name = uniqueStaffName("editor");
  createStaffByCli(name, "editor");
  await logInAsNewStaff(page, name);
  const before = versionsOf("outcomes/P-U2").length;

  await page.goto("/staff/content");
  await expect(page.getByRole("heading", { level: 1, name: "内容编辑" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('a[href="/staff/content/outcomes/P-U2"]').click();
  await expect(page.getByTestId("draft-state")).toHaveText("没有草稿");
  await expectNoAxeViolations(page);

  // A draft: users still see the old page.
  const body = page.locator("#content-body");
  const shippedBody = await body.inputValue();
  const marker = `草稿说明${Date.now().toString(36)}`;
  await body.fill(`${shippedBody}\n\n${marker}\n`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status").filter({ hasText: "草稿已保存" })).toBeVisible();
  await expect(page.getByTestId("draft-state")).toContainText(name);
  await page.goto("/guide/outcomes/P-U2");
  await expect(page.getByText(marker)).toHaveCount(0);

  // The preview, reached by keyboard: the draft at both widths, and what changed.
  await page.goto("/staff/content/outcomes/P-U2");
  await page.getByRole("link", { name: "预览（手机和电脑）" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /^预览：/ })).toBeVisible();
  await expect(page.getByTestId("preview-phone").getByText(marker)).toBeVisible();
  await expect(page.getByTestId("preview-desktop").getByText(marker)).toBeVisible();
  expect((await page.getByTestId("preview-phone").boundingBox())?.width).toBeLessThanOrEqual(360);
  // The gate rendered the text on the one page that shows it, and says so.
  await expect(page.getByText(/检查通过：已在.*1 种检索结果（P-U2）中逐一显示/)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: marker })).toContainText("增加");
  await expectNoAxeViolations(page);

  // A script pasted into the text: the publish is refused with the reason beside the body.
  await page.goto("/staff/content/outcomes/P-U2");
  const withScript = `${shippedBody}\n\n${marker}\n\n<script>window.__edited = 1</script>\n`;
  await body.fill(withScript);
  await page.getByRole("button", { name: "检查并发布" }).click();
  await expect(page.locator("#content-body-error")).toContainText(/正文第 \d+ 行：不允许使用脚本 <script>/);
  await expect(body).toHaveAttribute("aria-describedby", /content-body-error/);
  await expect(body).toHaveValue(withScript);
  await expect(page.getByRole("alert", { name: "未能保存或发布" })).toContainText("未发布");
  await expectNoAxeViolations(page);

  // Without the script it publishes, by keyboard from the body field.
  await body.fill(`${shippedBody}\n\n${marker}\n`);
  await page.getByRole("button", { name: "检查并发布" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /已发布第 \d+ 版/ })).toBeVisible();
  await page.goto("/guide/outcomes/P-U2");
  await expect(page.getByText(marker)).toBeVisible();
  expect(await page.content()).not.toContain("window.__edited");

  // The history names the editor; rolling back to the shipped text is a new version.
  await page.goto("/staff/content/outcomes/P-U2/history");
  const published = versionsOf("outcomes/P-U2").at(-1);
  expect(published).toMatchObject({ number: before + 1, kind: "edit" });
  await expect(page.getByTestId(`version-${before + 1}`)).toContainText(name);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `查看第 ${before + 1} 版的改动` }).click();
  await expect(page.getByRole("row").filter({ hasText: marker })).toContainText("增加");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "返回版本历史" }).click();
  await page.getByRole("button", { name: "恢复为原始版本" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `已回滚，当前为第 ${before + 2} 版` })).toBeVisible();
  expect(versionsOf("outcomes/P-U2").at(-1)).toEqual({ number: before + 2, kind: "revert-to-file" });
  await page.goto("/guide/outcomes/P-U2");
  await expect(page.getByText(marker)).toHaveCount(0);

  // A guide step's text is drawn on the journey page of each outcome that reaches the step.
  await page.goto("/staff/content/steps/log-in-legal/preview");
  await expect(page.getByText("检查通过：已在这段文字用到的 5 种检索结果（E-U1、E-U2、E-R1、E-R2、E-R3）中逐一显示", { exact: false })).toBeVisible();
});

test("without JavaScript an editor publishes and rolls back", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "no-js", "the plain-form run");
  test.setTimeout(120_000);
  const name = uniqueStaffName("editor");
  createStaffByCli(name, "editor");
  await logInAsNewStaff(page, name);
  await page.goto("/staff/content/outcomes/E-U2");
  const body = page.locator("#content-body");
  const marker = `无脚本发布${Date.now().toString(36)}`;
  await body.fill(`${await body.inputValue()}\n\n${marker}\n`);
  await page.getByRole("button", { name: "检查并发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: /已发布第 \d+ 版/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/guide/outcomes/E-U2");
  await expect(page.getByText(marker)).toBeVisible();
  await page.goto("/staff/content/outcomes/E-U2/history");
  await page.getByRole("button", { name: "恢复为原始版本" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已回滚" })).toBeVisible();
  await page.goto("/guide/outcomes/E-U2");
  await expect(page.getByText(marker)).toHaveCount(0);
});

test("a reviewer cannot reach the content editor", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a server-side role check; one browser is enough");
  // The CLI and a two-step login: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const name = uniqueStaffName("reviewer");
  createStaffByCli(name, "reviewer");
  await logInAsNewStaff(page, name);
  // requireStaff answers a role that may not open a page with the 403 page, not a 404.
  for (const path of ["/staff/content/outcomes/E-R1", "/staff/content/outcomes/E-R1/preview", "/staff/content/outcomes/E-R1/history"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
});

test("without a staff session the editor sends people to the staff login", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one browser is enough");
  await page.goto("/staff/content");
  await expect(page).toHaveURL(/\/staff\/login/);
});
