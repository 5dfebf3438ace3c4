// The staff flow diagram (/staff/flow, issue 4 §1): drawn from the wizard's own definition, one
// outcome at a time, reached from the staff bar; the branches the source names are there with the
// answers that take them. Desktop, a 360 px phone by keyboard, and without JavaScript.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
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
