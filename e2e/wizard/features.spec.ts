// The journey's own features in the browser: answers by step id with a back link, change links
// that keep later answers, "left" events when a path changes, start again; resume on another
// device by the code (and the QR code's address), the printable checklist, the FAQ, the help code
// as the call centre sees it — and WCAG 2.1 AA on the journey's pages.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { createStaffByCli, logInAsNewStaff, uniqueStaffName } from "../staff/support";
import { seedOutcome, stepEventCount } from "./seed";
import { Walk } from "./walk";

test.beforeEach(() => {
  test.setTimeout(150_000);
});

test("answers are kept by step: back, change, a changed path, start again", async ({ page }, testInfo) => {
  // Back and change are plain links and the forms are the walks' own (which run without JavaScript).
  test.skip(testInfo.project.name !== "desktop", "desktop covers it; the walks cover the forms without JavaScript");
  const w = new Walk(page, testInfo, seedOutcome("E-R2"));
  await w.start();
  await expectNoAxeViolations(page);
  await w.next();
  await w.next("忘记了密码");
  await w.at("reset-legal", 3, 8, { complete: false });
  await w.next("无法重置");
  await w.at("appeal-legal", 4, 9, { complete: false });
  // The answers so far, folded into the step's footer.
  await page.getByText("您的回答（2 项）").click();
  const answers = page.getByTestId("answers");
  await expect(answers).toContainText("忘记了密码");
  await expect(answers).toContainText("无法重置");

  // Back: the earlier step with its answer chosen.
  await page.getByRole("link", { name: "返回上一步" }).click();
  await w.at("reset-legal", 3, 9);
  await expect(page.getByRole("radio", { name: /无法重置/ })).toBeChecked();

  // Change the first answer: the path goes on as before, so the later answer is kept.
  await page.getByText("您的回答（2 项）").click();
  await page.getByRole("link", { name: "修改“在“法人登录”窗口登录”的回答" }).click();
  await w.at("log-in-legal", 2, 9);
  await expect(page.getByRole("radio", { name: "忘记了密码" })).toBeChecked();
  await w.refused("本浏览器还没有登录这个账号", "已经登录成功");
  await expectNoAxeViolations(page);
  await w.next("提示“登录名或密码错误”");
  // The same route by another answer: the same total, and nothing to say about it.
  await w.at("reset-legal", 3, 9);
  await expect(page.getByTestId("route-changed")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /无法重置/ })).toBeChecked();
  await expect(answers).toContainText("提示“登录名或密码错误”");

  // Logging in changes the path: reset and appeal drop off it and count as left.
  const leftBefore = stepEventCount("E-R2", "appeal-legal", "left");
  await page.getByRole("link", { name: "返回上一步" }).click();
  await w.act("去法人登录");
  await w.logIn();
  // The total does not move with the platform's state: logged in, still 2 of 9 until "继续".
  await w.at("log-in-legal", 2, 9, { complete: true });
  await w.next();
  // Reset and appeal leave the path: one step fewer, said; the reset's steps count as done.
  await w.at("verify-legal", 5, 8, { complete: false });
  await expect(page.getByRole("link", { name: /修改.*登录名重置密码/ })).toHaveCount(0);
  expect(stepEventCount("E-R2", "appeal-legal", "left")).toBeGreaterThan(leftBefore);

  // Start again: the journey and its codes are gone.
  const resumeCode = await page.getByTestId("resume-code").textContent();
  await page.getByText("在其他设备上继续，或重新开始").click();
  await page.getByRole("button", { name: "重新开始" }).click();
  await expect(page).toHaveURL(/\/guide$/);
  await page.goto("/guide/journey");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有进行中的办理");
  await page.goto("/guide/resume");
  await page.getByLabel("恢复码", { exact: true }).fill(resumeCode ?? "");
  await page.getByRole("button", { name: "继续办理" }).click();
  await expect(page.locator("#code-error")).toHaveText(/没有找到这个恢复码对应的办理进度/);
});

test("resume on another device, the checklist, the FAQ and the help code", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the other device in this test is a phone");
  const c = seedOutcome("E-R3");
  const w = new Walk(page, testInfo, c);
  await w.start();
  await w.next();
  await w.at("log-in-legal", 2, 6);
  const helpCode = (await page.getByTestId("help-code").textContent()) ?? "";

  // The code and the QR code, folded away until asked for.
  await page.getByText("在其他设备上继续，或重新开始").click();
  await expect(page.getByRole("img", { name: "继续办理的二维码" })).toBeVisible();
  const resumeCode = (await page.getByTestId("resume-code").textContent()) ?? "";
  expect(resumeCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // Another device: a phone, typing the code loosely; the QR code's address fills it in.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: testInfo.project.use.javaScriptEnabled !== false });
  const other = await phone.newPage();
  await other.goto(`/guide/resume?code=${resumeCode}`);
  await expect(other.getByLabel("恢复码", { exact: true })).toHaveValue(resumeCode);
  await other.getByLabel("恢复码", { exact: true }).fill("0000-0000-00OO");
  await other.getByRole("button", { name: "继续办理" }).click();
  await expect(other.locator("#code-error")).toHaveText(/没有找到这个恢复码对应的办理进度/);
  await other.getByLabel("恢复码", { exact: true }).fill(resumeCode.replace(/-/g, " ").toLowerCase());
  await other.getByRole("button", { name: "继续办理" }).click();
  await expect(other).toHaveURL(/\/guide\/journey\/log-in-legal$/);
  await expect(other.getByTestId("progress")).toHaveText("第 2 步，共 6 步");
  await expect(other.getByTestId("help-code")).toHaveText(helpCode);
  await expect(other.getByTestId("login-name")).toHaveText(c.loginName ?? "");
  await phone.close();

  // The printable checklist of this journey.
  await page.getByRole("link", { name: "打印我的办理清单" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的办理清单");
  await expect(page.getByTestId("checklist-outcome")).toContainText("E-R3");
  await expect(page.getByTestId("checklist-login-name")).toHaveText(c.loginName ?? "");
  await expect(page.getByTestId("checklist-window")).toHaveText("法人登录");
  await expect(page.getByTestId("checklist-remaining")).toContainText("法人实名认证");
  await expect(page.getByTestId("checklist-remaining")).toContainText("进入高企认定、科小企评价业务系统");
  await expect(page.getByRole("img", { name: "继续办理的二维码" })).toBeVisible();
  await expect(page.getByText(helpCode)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("link", { name: "回到当前步骤" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // The FAQ, linked from every step.
  await page.getByRole("link", { name: "回到当前步骤" }).click();
  await page.locator("article footer").getByRole("link", { name: "常见问题" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("常见问题");
  for (const question of ["企业登录提示账号密码不正确怎么办？", "企业账号登录后，在哪里进入相关业务系统？", "法人用户如何进行实名认证？"]) {
    await expect(page.getByText(question)).toBeVisible();
  }
  await expect(page.getByText("点击“服务事项 → 按用户 → 法人单位”")).toBeVisible();
  await expectNoAxeViolations(page);

  // The call centre types the help code and sees the step, with nothing to open the account.
  // (The staff side runs once, on desktop.)
  if (testInfo.project.name !== "desktop") return;
  const staffName = uniqueStaffName("helpdesk");
  createStaffByCli(staffName, "reviewer");
  const desk = await browser.newContext();
  const staffPage = await desk.newPage();
  await logInAsNewStaff(staffPage, staffName);
  await staffPage.goto("/staff/help");
  await staffPage.getByLabel("帮助码").fill(helpCode.toLowerCase());
  await staffPage.getByRole("button", { name: "查看" }).click();
  await expect(staffPage.getByTestId("staff-help-current")).toHaveText("在“法人登录”窗口登录");
  await expect(staffPage.getByTestId("staff-help-journey")).toContainText("E-R3");
  await expect(staffPage.getByTestId("staff-help-journey")).not.toContainText(c.q.slice(0, 12));
  await expectNoAxeViolations(staffPage);
  await desk.close();
});
