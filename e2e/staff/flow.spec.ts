// The staff flow diagram (/staff/flow, issue 4 §1, issue 13 §5): drawn from the wizard's own
// definition, one outcome at a time, reached from the staff bar; the branches the source names are
// there with the answers that take them, as an SVG diagram and as lists; the funnel counts follow
// the chosen dates. Desktop, a 360 px phone by keyboard, and without JavaScript.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { withE2eDb } from "../support/e2e-db";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { createStaffByCli, logInAsNewStaff, uniqueStaffName } from "./support";

test("staff see every outcome's steps and branches, from the staff bar", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  if (testInfo.project.name === "phone") await page.setViewportSize(NARROWEST_PHONE);
  const name = uniqueStaffName("flow");
  createStaffByCli(name, "editor");
  await logInAsNewStaff(page, name);

  const bar = page.getByRole("navigation", { name: "工作人员" });
  await expect(bar.getByRole("link", { name: "按帮助码查进度" })).toHaveAttribute("href", "/staff/help");
  await bar.getByRole("link", { name: "办理流程图" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "办理流程图" })).toBeVisible();

  // E-U1 first: register → log in → verify, with "登录名或密码错误" → reset and failure → upload.
  const flow = page.getByTestId("staff-flow");
  await expect(flow.getByRole("heading", { level: 2 })).toHaveText(/^E-U1：/);
  const logIn = page.getByTestId("flow-step-log-in-legal");
  await expect(logIn).toContainText("用户回答「提示“登录名或密码错误”」或「忘记了密码」时");
  await expect(logIn.getByRole("link", { name: "通过“登录名重置密码”找回法人账号密码" })).toHaveAttribute("href", "#step-reset-legal");
  // Once logged in, the platform's state moves the user on, whatever they answered.
  await expect(logIn.getByRole("listitem").filter({ hasText: "法人实名认证" })).toContainText("按平台上的状态自动前往");
  await expect(page.getByTestId("flow-step-verify-failed-legal")).toContainText("信息都正确，但认证仍然失败");
  await expect(page.getByTestId("flow-step-enter-systems")).toContainText("这是最后一步。");
  // The same flow drawn: one image named for the outcome, scrolling inside its own box on a phone.
  await expect(page.getByRole("img", { name: "E-U1 的办理流程图" })).toBeVisible();
  if (testInfo.project.name === "phone") await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // Another outcome by keyboard: P-R4 goes to the natural-person appeal.
  const pR4 = page.getByRole("navigation", { name: "选择情况代码" }).getByRole("link", { name: "P-R4" });
  await pR4.focus();
  await page.keyboard.press("Enter");
  await expect(flow.getByRole("heading", { level: 2 })).toHaveText(/^P-R4：/);
  await expect(page.getByRole("link", { name: "P-R4" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("flow-step-overview").getByRole("link")).toHaveAttribute("href", "#step-appeal-natural");
  await expect(page.getByTestId("flow-step-log-in-legal")).toHaveCount(0);

  // A made-up code is refused in words, never an error page.
  await page.goto("/staff/flow?outcome=X-9");
  await expect(page.getByRole("status")).toHaveText("没有这个情况代码，请从上面选择一个。");
});

test("the flow diagram is for staff only", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a server-side check; one browser is enough");
  await page.goto("/staff/flow");
  await expect(page).toHaveURL(/\/staff\/login/);
});

/** A day no other test writes step events on: random, between 2001 and 2020 (the journeys of other tests happen today). */
function quietDay(): Date {
  const start = Date.UTC(2001, 0, 1);
  return new Date(start + Math.floor(Math.random() * 7000) * 86_400_000);
}
const day = (date: Date, plus = 0) => new Date(date.getTime() + plus * 86_400_000).toISOString().slice(0, 10);

function seedStepEvents(events: { kind: "viewed" | "completed"; at: string }[]): void {
  withE2eDb((db) => {
    const insert = db.prepare(`INSERT INTO StepEvent (outcome, stepId, kind, at) VALUES ('E-U1', 'log-in-legal', ?, ?)`);
    for (const event of events) insert.run(event.kind, new Date(event.at).toISOString().replace("Z", "+00:00"));
  });
}

test("the diagram's counts follow the chosen dates, and wrong dates are named beside their field", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the range form is the same page; desktop and no-JS are enough");
  test.setTimeout(90_000);
  const first = quietDay();
  // On the first day (Beijing): three views, two completions; three days later one more view.
  seedStepEvents([
    { kind: "viewed", at: `${day(first)}T00:00:00+08:00` },
    { kind: "viewed", at: `${day(first)}T12:00:00+08:00` },
    { kind: "viewed", at: `${day(first)}T23:59:59+08:00` },
    { kind: "completed", at: `${day(first)}T12:05:00+08:00` },
    { kind: "completed", at: `${day(first)}T12:10:00+08:00` },
    { kind: "viewed", at: `${day(first, 3)}T09:00:00+08:00` },
  ]);
  const name = uniqueStaffName("funnel");
  createStaffByCli(name, "reviewer");
  await logInAsNewStaff(page, name);

  await page.goto("/staff/flow?outcome=E-U1");
  const range = page.getByTestId("flow-range");
  await range.getByLabel("开始日期").fill(day(first));
  await range.getByLabel("结束日期").fill(day(first));
  await range.getByRole("button", { name: "按此期间统计" }).click();
  await expect(page.getByTestId("flow-range-shown")).toHaveText(`下面的次数统计自 ${day(first)} 至 ${day(first)}（北京时间，含首尾两天）。`);
  const box = page.getByTestId("flow-diagram-svg").locator('[data-step="log-in-legal"]');
  await expect(box).toContainText("查看 3 · 完成 2 · 离开 0");
  await expect(box).toContainText("流失率 33%");
  await expect(page.getByTestId("flow-step-log-in-legal")).toContainText("查看 3 次 · 完成 2 次 · 离开 0 次");
  // The answer way is drawn with its wording; the platform's ways are drawn without words.
  await expect(page.getByTestId("flow-diagram-labels")).toContainText("「提示“登录名或密码错误”」或「忘记了密码」");
  await expect(page.getByTestId("flow-diagram-edges").locator('[data-edge="log-in-legal->reset-legal"]')).toHaveCount(1);

  // Three more days take in the later view; another outcome keeps the chosen dates.
  await range.getByLabel("结束日期").fill(day(first, 3));
  await range.getByRole("button", { name: "按此期间统计" }).click();
  await expect(box).toContainText("查看 4 · 完成 2 · 离开 0");
  await expect(box).toContainText("流失率 50%");
  await expect(page.getByRole("link", { name: "P-R4" })).toHaveAttribute("href", `/staff/flow?outcome=P-R4&from=${day(first)}&to=${day(first, 3)}`);

  // An end before the start: said in the summary and beside the field, the dates kept, the last 30 days shown.
  await range.getByLabel("开始日期").fill(day(first, 5));
  await range.getByRole("button", { name: "按此期间统计" }).click();
  await expect(page.getByRole("alert", { name: "日期有误，请修改" })).toContainText("结束日期不能早于开始日期。");
  await expect(page.locator("#to-error")).toHaveText("错误：结束日期不能早于开始日期。");
  await expect(range.getByLabel("开始日期")).toHaveValue(day(first, 5));
  await expect(page.getByTestId("flow-range-shown")).toContainText("因为日期有误，下面仍显示最近 30 天");
  // The page with the diagram, the error summary and the field's error (the first test checks it
  // without errors in every project). The server sends the same markup with or without JavaScript,
  // so one browser checks it: the no-JS axe run (a second page) costs half a minute on CI.
  if (testInfo.project.name === "desktop") await expectNoAxeViolations(page);
});
