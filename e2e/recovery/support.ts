// Helpers of the recovery e2e tests: accounts written straight into the e2e database (so each test
// knows its own reserved mobile), the outbox read for texts that carry no code (links, names), and a
// reviewer deciding an appeal on the staff pages.
import { expect, type Browser } from "@playwright/test";
import { keyedHash } from "../../lib/crypto/seal";
import { hashPassword } from "../../lib/passwords/hash";
import { randomMobile, randomUscc, uniqueName } from "../platform/support";
import { createStaffByCli, logInAsNewStaff, uniqueStaffName } from "../staff/support";
import { withE2eDb } from "../support/e2e-db";

export interface TestAccount {
  id: number;
  loginName: string;
  mobile: string;
  uscc: string | null;
  orgName: string | null;
}

export async function insertRecoveryAccount(kind: "natural" | "legal", password: string): Promise<TestAccount> {
  const loginName = uniqueName(kind === "legal" ? "fr" : "zr");
  const mobile = randomMobile();
  const uscc = kind === "legal" ? randomUscc() : null;
  const orgName = kind === "legal" ? `北京${loginName}科技有限公司` : null;
  const passwordHash = await hashPassword(password);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const id = withE2eDb((db) =>
    db
      .prepare(
        `INSERT INTO PlatformAccount (type, loginName, loginNameKey, passwordHash, reservedMobile, uscc, orgName, realNameStatus, origin, passwordChangedAt, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'unverified', 'registered', ?, ?, ?)`,
      )
      .run(kind, loginName, loginName.toLowerCase(), passwordHash, mobile, uscc, orgName, now, now, now).lastInsertRowid,
  );
  return { id: Number(id), loginName, mobile, uscc, orgName };
}

/** Bodies of the texts sent to a mobile with a purpose, newest first. */
export function smsBodies(mobile: string, purpose: string): string[] {
  return withE2eDb((db) =>
    (db.prepare("SELECT body FROM SmsMessage WHERE mobile = ? AND purpose = ? ORDER BY id DESC").all(mobile, purpose) as { body: string }[]).map((row) => row.body),
  );
}

export function smsCount(mobile: string): number {
  return withE2eDb((db) => (db.prepare("SELECT COUNT(*) AS n FROM SmsMessage WHERE mobile = ?").get(mobile) as { n: number }).n);
}

/**
 * A reviewer made with `admin:create` logs in (password + TOTP enrolment) in a browser of their own,
 * opens the appeal and decides it on the staff case page.
 */
export async function decideAppealAsReviewer(browser: Browser, reference: string, decision: "approved" | "rejected", reason?: string): Promise<void> {
  const name = uniqueStaffName("rv");
  createStaffByCli(name, "reviewer");
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await logInAsNewStaff(page, name);
    await page.goto(`/staff/cases/${reference}`);
    await expect(page.getByRole("heading", { name: `案件 ${reference}` })).toBeVisible();
    if (decision === "approved") {
      await page.getByRole("button", { name: "通过审核" }).click();
      await expect(page.getByRole("status")).toContainText("已通过审核");
    } else {
      await page.getByLabel("不通过的原因").fill(reason ?? "");
      await page.getByRole("button", { name: "不通过" }).click();
      await expect(page.getByRole("status")).toContainText("已记录不通过");
    }
  } finally {
    await context.close();
  }
}

/** The set-password path in the newest approval text to a mobile. */
export function setPasswordPathFromSms(mobile: string): string {
  const body = smsBodies(mobile, "appeal-decision")[0] ?? "";
  const path = /\/recovery\/set-password\/[A-Za-z0-9_-]{43}/.exec(body)?.[0];
  if (!path) throw new Error(`no set-password link in the texts to ${mobile}`);
  return path;
}

/** Marks a natural account as verified with an ID number (the keyed hash as the server makes it). */
export function giveVerifiedIdNumber(accountId: number, idNumber: string): void {
  // e2e/staff/support.ts gives this worker the e2e server's DATA_KEY, so it hashes as the server does.
  const hash = keyedHash(idNumber);
  withE2eDb((db) => db.prepare("UPDATE PlatformAccount SET idNumberHash = ?, verifiedIdHash = ?, realNameStatus = 'verified' WHERE id = ?").run(hash, hash, accountId));
}

export function reservedMobileOf(accountId: number): string | null {
  return withE2eDb((db) => (db.prepare("SELECT reservedMobile FROM PlatformAccount WHERE id = ?").get(accountId) as { reservedMobile: string | null }).reservedMobile);
}

