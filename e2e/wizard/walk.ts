// Walking a journey in the browser: the lookup and "开始分步办理", then one step at a time —
// the step's URL, heading and "第 n 步，共 m 步" (a total that changes only when an answer changed
// the route, and then the page says so), the same state after a reload, answers and "继续", and the
// step's action followed into the product and back to the step by itself. In the phone project the
// wizard's own controls are used by keyboard alone, on a 360 × 740 screen, where the result page
// and the steps must fit within about two screens.
import { expect, type Page, type TestInfo } from "@playwright/test";
import { expectNoHorizontalScroll, NARROWEST_PHONE } from "../support/viewport";
import { actAsClient, lastSmsCode, scripted, solveCaptcha } from "../lookup/support";
import type { WalkCase } from "./seed";

/** About two screens of the 360 × 740 phone: twice its height and a little (issue 14.3). */
export const TWO_PHONE_SCREENS = 2 * NARROWEST_PHONE.height + 100;

export class Walk {
  readonly keyboard: boolean;
  /** The total of steps last shown: a change must come with the page saying so. */
  private shownTotal: number | null = null;

  constructor(
    readonly page: Page,
    readonly testInfo: TestInfo,
    readonly c: WalkCase,
  ) {
    this.keyboard = testInfo.project.name === "phone";
  }

  get scripted(): boolean {
    return scripted(this.testInfo);
  }

  /** Press or click, by the project's way of working. */
  async activate(target: ReturnType<Page["locator"]>): Promise<void> {
    if (this.keyboard) await target.press(await target.evaluate((el) => (el.tagName === "INPUT" ? "Space" : "Enter")));
    else if (await target.evaluate((el) => el.tagName === "INPUT")) await target.check();
    else await target.click();
  }

  async start(): Promise<void> {
    const { page, c } = this;
    if (this.keyboard) await page.setViewportSize(NARROWEST_PHONE);
    await actAsClient(page, this.testInfo);
    await page.goto(`/guide/${c.kind}`);
    await page.getByLabel(c.kind === "enterprise" ? "统一社会信用代码" : "手机号", { exact: true }).fill(c.q);
    await solveCaptcha(page, this.testInfo);
    await page.getByRole("button", { name: c.kind === "enterprise" ? "检索" : "发送验证码" }).click();
    if (c.kind === "personal") {
      await expect(page).toHaveURL(/\/guide\/verify$/, { timeout: 30_000 });
      await page.getByLabel("短信验证码").fill(await lastSmsCode(c.q));
      await page.getByRole("button", { name: "查看检索结果" }).click();
    }
    // The lookup hashes and counts; a loaded two-core machine can take a while.
    await expect(page).toHaveURL(/\/guide\/result$/, { timeout: 30_000 });
    await expect(page.getByTestId("outcome-code")).toContainText(c.outcome);
    // One thing per page: one start button, no list of every step.
    await expect(page.getByRole("button", { name: "开始分步办理" })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "接下来怎么做" })).toHaveCount(0);
    await this.fitsTwoPhoneScreens("result");
    await this.activate(page.getByRole("button", { name: "开始分步办理" }));
    await expect(page).toHaveURL(/\/guide\/journey\/overview$/);
  }

  /** On `step` as step `position` of `total`, the same after a reload (once per step is enough: `reload: false`). */
  async at(step: string, position: number, total: number, options: { complete?: boolean; reload?: boolean } = {}): Promise<void> {
    const { page } = this;
    const check = async () => {
      await expect(page).toHaveURL(new RegExp(`/guide/journey/${step}$`));
      await expect(page.getByTestId("progress")).toHaveText(`第 ${position} 步，共 ${total} 步`);
      if (this.shownTotal !== null && total !== this.shownTotal) {
        await expect(page.getByTestId("route-changed")).toHaveText(`步骤数已根据您的回答调整（原来共 ${this.shownTotal} 步）。`);
      }
      if (options.complete !== undefined) await expect(page.getByTestId("step-status")).toHaveAttribute("data-complete", String(options.complete));
      await expect(page.getByTestId("help-code")).toHaveText(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    };
    await check();
    this.shownTotal = total;
    if (this.keyboard) await this.expectHeightWithin(TWO_PHONE_SCREENS, step);
    if (options.reload === false) return;
    const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    await this.reload();
    await check();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    if (this.keyboard) await expectNoHorizontalScroll(page);
  }

  /** On the phone: the page is at most about two screens tall; a screenshot goes to test-results. */
  async fitsTwoPhoneScreens(name: string): Promise<void> {
    if (!this.keyboard) return;
    await this.page.screenshot({ path: this.testInfo.outputPath(`${this.c.outcome}-${name}-360x740.png`), fullPage: true, scale: "css" });
    await this.expectHeightWithin(TWO_PHONE_SCREENS, name);
  }

  private async expectHeightWithin(limit: number, name: string): Promise<void> {
    const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
    if (height > limit) await this.page.screenshot({ path: this.testInfo.outputPath(`${this.c.outcome}-${name}-too-tall.png`), fullPage: true, scale: "css" });
    expect(height, `${name} is ${height} px tall on a 360 × 740 phone`).toBeLessThanOrEqual(limit);
  }

  /** Chooses an answer (by its label) if given, then "继续". */
  async next(answer?: string): Promise<void> {
    const { page } = this;
    const from = page.url();
    if (answer) await this.activate(page.getByRole("radio", { name: answer }));
    await this.activate(page.getByRole("button", { name: "继续" }));
    await page.waitForURL((url) => url.href !== from, { timeout: 20_000 });
  }

  /** "继续" refused: the platform does not show the step done yet, and the page says so. */
  async refused(message: string | RegExp, answer?: string): Promise<void> {
    const { page } = this;
    if (answer) await this.activate(page.getByRole("radio", { name: answer }));
    await this.activate(page.getByRole("button", { name: "继续" }));
    await expect(page.getByRole("alert", { name: "还不能进入下一步" })).toContainText(message);
    if (answer) await expect(page.getByRole("radio", { name: answer })).toBeChecked();
  }

  /** Follows the step's action link into the product. */
  async act(name: string): Promise<void> {
    await this.activate(this.page.getByRole("link", { name, exact: true }));
  }

  /** On a login window reached from a step (or registration started from one): logs in and lands back on the step. */
  async logIn(password = this.c.password, loginName = this.c.loginName): Promise<void> {
    const { page } = this;
    await expect(page).toHaveURL(/\/login\/(natural|legal)\?(notice=registered&)?next=%2Fguide%2Fjourney%2F/);
    await page.getByLabel("登录名", { exact: true }).fill(loginName ?? "");
    await page.getByLabel("密码", { exact: true }).fill(password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/guide\/journey\//);
  }

  /** Back from the platform's page by its own "返回操作指引". */
  async returnToStep(): Promise<void> {
    await this.activate(this.page.getByRole("link", { name: "返回操作指引" }));
    await this.page.waitForURL(/\/guide\/journey\/[a-z-]+$/);
  }

  /** Back where nothing on the platform began at a step (an SMS link): the menu's "我的办理进度". */
  async backToJourney(): Promise<void> {
    await this.activate(this.page.getByRole("link", { name: "我的办理进度" }));
    await this.page.waitForURL(/\/guide\/journey\/[a-z-]+$/);
  }

  /**
   * Loads the step's URL again. Not page.reload(): without JavaScript a refused "继续" leaves the
   * page that its POST returned, and reloading that would post again.
   */
  async reload(): Promise<void> {
    await this.page.goto(this.page.url());
  }

  async finished(): Promise<void> {
    await expect(this.page.getByText("您已完成全部步骤。")).toBeVisible();
    await expect(this.page.getByRole("button", { name: "继续" })).toHaveCount(0);
  }
}
