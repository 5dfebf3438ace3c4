// Every outcome's journey walked in the browser from the lookup to its last step (issue 4 "Done
// when"): each step's URL and progress, the same state after a reload, ticks from the platform's
// own state (never a "done" button alone), and the branches the source names — "登录名或密码错误"
// → reset (E-R1, P-R1), verification failed → re-check → upload → review (E-U1), P-R4 → appeal,
// CONFLICT → call. All 13 in every project: desktop, the phone (keyboard alone, 360 px) and
// JavaScript off. Every action is the product's own page, reached from the step: registration,
// login, 登录名重置密码, 修改…信息 against the registry, 上传…信息, a reviewer's decision on the
// staff pages, the appeal and its SMS link.
import { expect, test } from "@playwright/test";
import { OUTCOMES, type Outcome } from "../lookup/demo-outcomes";
import { decideAppealAsReviewer } from "../recovery/support";
import { fileNaturalAppeal, fillIdentity, NEW_PASSWORD, register, resetPassword, setPasswordFromSms, uploadDocuments } from "./actions";
import { seedOutcome } from "./seed";
import { Walk } from "./walk";

/** Log in from the step's action and come back ticked off. */
async function logInStep(w: Walk, step: string, position: number, total: number, password?: string) {
  await w.at(step, position, total, { complete: false });
  await w.act(w.c.window === "legal" ? "去法人登录" : "去自然人登录");
  await w.logIn(password);
  await w.at(step, position, total, { complete: true, reload: false });
  await w.next();
}

const VERIFY_ACTION = { legal: "去修改法人信息", natural: "去修改个人信息" } as const;

/** 修改…信息 with the registry's data: verified automatically, back through "返回操作指引". */
async function verifyStep(w: Walk, step: string, position: number, total: number) {
  await w.at(step, position, total, { complete: false });
  await w.refused("“我的信息”还没有显示“已认证”");
  await w.act(VERIFY_ACTION[w.c.window]);
  await fillIdentity(w);
  await w.activate(w.page.getByRole("link", { name: "返回操作指引" }));
  await w.at(step, position, total, { complete: true, reload: false });
  await w.next();
}

/** A reviewer approves the case on the staff pages, in a browser of their own. */
async function reviewerApproves(w: Walk, reference: string) {
  const browser = w.page.context().browser();
  if (!browser) throw new Error("no browser for the reviewer");
  await decideAppealAsReviewer(browser, reference, "approved");
}

const WALKS: Record<Outcome, (w: Walk) => Promise<void>> = {
  "E-U1": async (w) => {
    await w.at("overview", 1, 5);
    await w.next();
    await w.at("register-legal", 2, 5, { complete: false });
    await w.refused("平台上还没有找到这个账号");
    await w.act("去单位用户（法人）注册");
    const loginName = await register(w);
    await w.backToJourney();
    await w.at("register-legal", 2, 5, { complete: true, reload: false });
    await w.next();
    await w.at("log-in-legal", 3, 5, { complete: false });
    await w.act("去法人登录");
    await w.logIn(w.c.password, loginName);
    await w.at("log-in-legal", 3, 5, { complete: true, reload: false });
    await w.next();
    // Verification fails although the data is right: re-check, then upload for a person to review.
    await w.at("verify-legal", 4, 5, { complete: false });
    await w.act("去修改法人信息");
    await fillIdentity(w, { wrongName: true });
    await w.backToJourney();
    await w.at("verify-legal", 4, 5, { complete: false });
    await w.next();
    await w.at("verify-failed-legal", 5, 6, { complete: false });
    await w.refused("仍然是“认证失败”", "我已改正信息并重新保存");
    await w.next("信息都正确，但认证仍然失败");
    await w.at("upload-legal", 6, 8, { complete: false });
    await w.refused("还没有收到您上传的证件");
    await w.act("去上传法人信息");
    const reference = await uploadDocuments(w);
    await w.activate(w.page.getByRole("link", { name: "返回操作指引" }));
    await w.at("upload-legal", 6, 8, { complete: true, reload: false });
    await w.next();
    await w.at("verify-waiting-legal", 7, 8, { complete: false });
    await w.refused("工作人员还在审核");
    await reviewerApproves(w, reference);
    await w.reload();
    await w.at("verify-waiting-legal", 7, 8, { complete: true, reload: false });
    await w.next();
    await w.at("enter-systems", 8, 8, { complete: true });
    await w.finished();
  },
  "E-U2": async (w) => straight(w, "legal", 4),
  "E-R1": async (w) => resetBranch(w),
  "E-R2": async (w) => straight(w, "legal", 4),
  "E-R3": async (w) => straight(w, "legal", 4),
  "E-R4": async (w) => {
    await w.at("overview", 1, 5);
    await w.next();
    await logInStep(w, "log-in-natural", 2, 5);
    await verifyStep(w, "verify-natural", 3, 5);
    // The account carries the enterprise's authorisation from the migration.
    await w.at("authorisation", 4, 5, { complete: true });
    await w.next();
    await w.at("enter-systems", 5, 5, { complete: true });
    await w.finished();
  },
  CONFLICT: async (w) => {
    await w.at("overview", 1, 2);
    await w.next();
    await w.at("call-support", 2, 2);
  },
  "P-U1": async (w) => {
    await w.at("overview", 1, 5);
    await w.next();
    await w.at("register-natural", 2, 5, { complete: false });
    await w.act("去自然人注册");
    const loginName = await register(w);
    await w.backToJourney();
    await w.at("register-natural", 2, 5, { complete: true, reload: false });
    await w.next();
    await w.at("log-in-natural", 3, 5, { complete: false });
    await w.act("去自然人登录");
    await w.logIn(w.c.password, loginName);
    await w.at("log-in-natural", 3, 5, { complete: true, reload: false });
    await w.next();
    await verifyStep(w, "verify-natural", 4, 5);
    await w.at("personal-services", 5, 5, { complete: true });
    await w.finished();
  },
  "P-U2": async (w) => straight(w, "natural", 4),
  "P-R1": async (w) => resetBranch(w),
  "P-R2": async (w) => straight(w, "natural", 4),
  "P-R3": async (w) => straight(w, "natural", 4),
  "P-R4": async (w) => {
    // The verified account behind the mobile is recovered by the natural-person appeal.
    await w.at("overview", 1, 4);
    await w.next();
    await w.at("appeal-natural", 2, 4, { complete: false });
    await w.refused("平台上还没有找到您的申诉");
    await w.act("去自然人申诉找回密码");
    const reference = await fileNaturalAppeal(w);
    await w.backToJourney();
    await w.at("appeal-natural", 2, 4, { complete: true, reload: false });
    await w.next();
    await w.at("appeal-waiting-natural", 3, 4, { complete: false });
    await expect(w.page.getByTestId("step-status")).toContainText("审核中");
    await w.refused("本浏览器还没有登录这个账号", "审核已通过，我已设置新密码并登录");
    // Approved: the SMS link sets a new password; the login ticks the step off.
    await reviewerApproves(w, reference);
    await setPasswordFromSms(w);
    await w.page.getByLabel("登录名", { exact: true }).fill(w.c.loginName ?? "");
    await w.page.getByLabel("密码", { exact: true }).fill(NEW_PASSWORD);
    await w.page.getByRole("button", { name: "登录" }).click();
    await w.page.waitForURL(/\/account$/);
    await w.backToJourney();
    await w.at("appeal-waiting-natural", 3, 4, { complete: true, reload: false });
    await w.next();
    await w.at("personal-services", 4, 4, { complete: true });
    await w.finished();
  },
};

/** Log in at the right window, verify, and the last step. */
async function straight(w: Walk, window: "legal" | "natural", total: number) {
  await w.at("overview", 1, total);
  await w.next();
  await logInStep(w, `log-in-${window}`, 2, total);
  await verifyStep(w, `verify-${window}`, 3, total);
  await w.at(window === "legal" ? "enter-systems" : "personal-services", 4, total, { complete: true });
  await w.finished();
}

/** "登录名或密码错误" → 登录名重置密码 → log in with the new password → verify → last step. */
async function resetBranch(w: Walk) {
  const window = w.c.window;
  await w.at("overview", 1, 4);
  await w.next();
  await w.at(`log-in-${window}`, 2, 4, { complete: false });
  await w.refused("本浏览器还没有登录这个账号", "已经登录成功");
  await w.next("提示“登录名或密码错误”");
  await w.at(`reset-${window}`, 3, 6, { complete: false });
  await w.refused("平台上还没有显示密码已重置", "已经设置了新密码");
  await w.act("去登录名重置密码");
  await resetPassword(w);
  await w.backToJourney();
  await w.at(`reset-${window}`, 3, 6, { complete: true, reload: false });
  await w.next();
  await logInStep(w, `log-in-again-${window}`, 4, 6, NEW_PASSWORD);
  await verifyStep(w, `verify-${window}`, 5, 6);
  await w.at(window === "legal" ? "enter-systems" : "personal-services", 6, 6, { complete: true });
  await w.finished();
}

test.describe("journeys from the lookup to the last step", () => {
  for (const outcome of OUTCOMES) {
    test(`${outcome}: the whole journey`, async ({ page }, testInfo) => {
      // A proof of work, SMS codes, logins and several actions: longer than the default.
      test.setTimeout(180_000);
      const walk = new Walk(page, testInfo, seedOutcome(outcome));
      await walk.start();
      await WALKS[outcome](walk);
    });
  }
});
