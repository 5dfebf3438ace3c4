// The staff console by keyboard alone (issue 13: "every staff page works by keyboard"), desktop only:
// an enrolled admin logs in with the keyboard (password page, then the code page — checked with axe,
// the other staff tests only ever see the enrolment page); on every staff page Tab reaches each
// control in turn with a visible focus ring and nothing traps it; and the console's forms that the
// other walks fill by mouse (new staff account, E-R4 grant, case search) are sent with Enter.
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { expectNoAxeViolations } from "../support/axe";
import { randomMobile, randomUscc } from "../platform/support";
import { withE2eDb } from "../support/e2e-db";
import { insertDecidedCase, insertReviewer } from "./ops-support";
import { STAFF_PASSWORD, createStaffByCli, logInAsNewStaff, uniqueStaffName } from "./support";

// A natural account of the demo data (P-R1): an E-R4 grant needs an existing natural account.
const DEMO_NATURAL_LOGIN_NAME = "13600000001";

const STAFF_PAGES = ["/staff", "/staff/cases", "/staff/help", "/staff/content", "/staff/flow", "/staff/conflicts", "/staff/authorisations", "/staff/import", "/staff/accounts", "/staff/audit", "/staff/sms"];

interface FocusStop {
  id: string;
  visibleRing: boolean;
}

/** What a keyboard user can reach: visible, enabled controls, one stop per radio group, in page order. */
async function tabStopsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";
    const seenRadioGroups = new Set<string>();
    const stops: string[] = [];
    for (const [index, element] of Array.from(document.querySelectorAll<HTMLElement>(selector)).entries()) {
      // checkVisibility also leaves out what a closed <details> holds (it keeps its boxes).
      if (!element.checkVisibility({ checkVisibilityCSS: true })) continue;
      if (element instanceof HTMLInputElement && element.type === "radio") {
        const group = `${element.form?.id ?? ""}/${element.name}`;
        if (seenRadioGroups.has(group)) continue;
        seenRadioGroups.add(group);
      }
      element.dataset.keyboardStop = String(index);
      stops.push(String(index));
    }
    return stops;
  });
}

/** Presses Tab from the top of the page until focus leaves the page's controls; each stop's ring is read. */
async function tabThrough(page: Page, limit: number): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  for (let press = 0; press <= limit; press++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      return { id: element.dataset.keyboardStop ?? `unlisted <${element.tagName.toLowerCase()}>`, visibleRing: ring };
    });
    if (stop === null || (stops.length > 0 && stop.id === stops[0].id)) break;
    // A date field takes one Tab per part (year, month, day): one control, one stop.
    if (stops.at(-1)?.id === stop.id) continue;
    stops.push(stop);
  }
  return stops;
}

test.describe("staff console by keyboard", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "keyboard behaviour is the same markup in every project; one browser walk is enough");
    // Two argon2 logins, eleven pages tabbed through: a minute or more on a busy two-core machine.
    test.setTimeout(240_000);
  });

  test("an enrolled admin logs in by keyboard; every staff page's controls take focus in turn, visibly", async ({ page }) => {
    const adminName = uniqueStaffName("keyboard");
    createStaffByCli(adminName, "admin");
    const secret = await logInAsNewStaff(page, adminName);
    await page.getByRole("button", { name: "退出登录" }).press("Enter");
    await expect(page).toHaveURL(/\/staff\/login/);

    await page.getByLabel("工作人员账号").focus();
    await page.keyboard.type(adminName);
    await page.keyboard.press("Tab");
    await page.keyboard.type(STAFF_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("6 位动态验证码")).toBeVisible();
    await expect(page.getByTestId("totp-secret")).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The enrolment spent this time step's code; the server also takes the next step's.
    await page.getByLabel("6 位动态验证码").focus();
    await page.keyboard.type(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff$/);

    for (const path of STAFF_PAGES) {
      await page.goto(path);
      const expected = await tabStopsOnPage(page);
      const reached = await tabThrough(page, 3 * expected.length + 5);
      expect(reached.map((stop) => stop.id), `Tab order on ${path}`).toEqual(expected);
      expect(reached.filter((stop) => !stop.visibleRing).map((stop) => stop.id), `controls without a focus ring on ${path}`).toEqual([]);
    }
  });

  test("an admin creates a staff account, grants an E-R4 authorisation and finds a case with the keyboard", async ({ page }) => {
    const adminName = uniqueStaffName("keys");
    createStaffByCli(adminName, "admin");
    const mobile = randomMobile();
    const reference = insertDecidedCase(mobile, insertReviewer(uniqueStaffName("审核员")));
    await logInAsNewStaff(page, adminName);

    await page.goto("/staff/accounts");
    const newName = uniqueStaffName("new");
    await page.getByLabel("账号名称").focus();
    await page.keyboard.type(newName);
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown"); // 审核员 → 内容编辑, the next role in the list
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // in the empty initial-password field: one is generated and shown once
    await expect(page.getByRole("status").filter({ hasText: `已新建账号 ${newName}` })).toBeVisible();
    const created = withE2eDb((db) => db.prepare("SELECT role FROM StaffAccount WHERE nameKey = ?").get(newName.toLowerCase())) as { role: string } | undefined;
    expect(created?.role).toBe("editor");

    await page.goto("/staff/authorisations");
    const uscc = randomUscc();
    const grant = page.locator("form").filter({ has: page.getByRole("button", { name: "授予授权" }) });
    await grant.getByLabel("自然人账号登录名").focus();
    await page.keyboard.type(DEMO_NATURAL_LOGIN_NAME);
    await page.keyboard.press("Tab");
    await page.keyboard.type(uscc);
    await grant.getByLabel("原因").focus();
    await page.keyboard.type("企业来函申请授权");
    await grant.getByLabel("统一社会信用代码").press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "已授予授权" })).toBeVisible();
    const granted = withE2eDb((db) => db.prepare("SELECT grantedBy FROM OrgAuthorisation WHERE uscc = ?").all(uscc)) as { grantedBy: string }[];
    // The default system, 高企认定和科小企评价, is one row per system.
    expect(granted.map((row) => row.grantedBy)).toEqual(["staff", "staff"]);

    await page.goto("/staff/cases");
    await page.getByLabel("手机号").focus();
    await page.keyboard.type(mobile);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("case-search-row")).toHaveCount(1);
    await page.getByRole("link", { name: reference }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/staff/cases/${reference}$`));
  });
});
