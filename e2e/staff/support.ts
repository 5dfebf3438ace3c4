// Helpers of the staff e2e tests: staff accounts made with the real CLI against the e2e database,
// the two-step login with codes computed like an authenticator app, and verification cases with
// sealed details and sealed documents written as the upload would leave them.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import { keyedHash, sealBytes, sealText } from "../../lib/crypto/seal";
import { runE2eCli, withE2eDb } from "../support/e2e-db";

export const STAFF_PASSWORD = "Review-Desk-2026!";

export function uniqueStaffName(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** `npm run cli -- admin:create` as an operator runs it; returns the printed JSON. */
export function createStaffByCli(name: string, role: "reviewer" | "editor" | "admin"): { created: boolean; id: number; role: string } {
  const out = runE2eCli(["admin:create", name, "--role", role], { ADMIN_PASSWORD: STAFF_PASSWORD });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as { created: boolean; id: number; role: string };
}

/** Password, then enrolment (the secret read from the page) and a code for it; returns the secret. */
export async function logInAsNewStaff(page: Page, name: string, checkPage?: (page: Page) => Promise<void>): Promise<string> {
  await page.goto("/staff/login");
  await checkPage?.(page);
  await page.getByLabel("工作人员账号").fill(name);
  await page.getByLabel("密码", { exact: true }).fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByRole("heading", { name: "绑定身份验证器" })).toBeVisible();
  await expect(page.getByRole("img", { name: /身份验证器绑定二维码/ })).toBeVisible();
  await checkPage?.(page);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("6 位动态验证码").fill(await generate({ secret }));
  await page.getByRole("button", { name: "完成绑定并登录" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  return secret;
}

export function staffSessionStages(staffId: number): string[] {
  return withE2eDb((db) => (db.prepare("SELECT stage FROM StaffSession WHERE staffId = ?").all(staffId) as { stage: string }[]).map((r) => r.stage));
}

// A 1×1 PNG: enough for the browser to show an image and for the test to compare bytes.
export const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

const iso = () => new Date().toISOString().replace("Z", "+00:00");

/**
 * Makes a natural account's verification wait for review, as a failed automatic check followed
 * by an upload leaves it: the account 认证中 with its sealed ID number, an open case with sealed
 * details and two sealed documents in the upload folder.
 */
export async function openVerificationCase(accountLoginName: string, person: { name: string; idNumber: string }): Promise<{ reference: string; documentIds: string[]; png: Buffer; pdf: Buffer }> {
  const reference = `SQ${new Date().toISOString().slice(0, 10).replace(/-/g, "")}-${randomBytes(3).toString("hex").toUpperCase()}`;
  const pdf = Buffer.from(`%PDF-1.4\n% ${reference}\n%%EOF\n`);
  const uploads = path.resolve("data/e2e/uploads");
  mkdirSync(uploads, { recursive: true });
  const documents = [
    { slot: "id-front", mediaType: "image/png", bytes: TINY_PNG },
    { slot: "id-back", mediaType: "application/pdf", bytes: pdf },
  ].map((doc) => {
    const storageKey = randomBytes(16).toString("hex");
    writeFileSync(path.join(uploads, `${storageKey}.bin`), sealBytes(doc.bytes));
    return { ...doc, storageKey, id: randomBytes(16).toString("base64url") };
  });
  const details = sealText(JSON.stringify({ personName: person.name, idType: "resident-id", idNumber: person.idNumber }));
  const idEnc = sealText(person.idNumber);
  const idHash = keyedHash(person.idNumber);
  withE2eDb((db) => {
    const account = db.prepare("SELECT id, reservedMobile FROM PlatformAccount WHERE loginNameKey = ?").get(accountLoginName.toLowerCase()) as { id: number; reservedMobile: string };
    db.prepare("UPDATE PlatformAccount SET realNameStatus = 'pending', personName = ?, idType = 'resident-id', idNumberEnc = ?, idNumberHash = ?, realNameFailure = 'name' WHERE id = ?").run(person.name, idEnc, idHash, account.id);
    const now = iso();
    const caseId = db
      .prepare("INSERT INTO \"Case\" (reference, type, status, accountId, contactMobile, detailsEnc, createdAt, updatedAt) VALUES (?, 'verification-natural', 'open', ?, ?, ?, ?, ?)")
      .run(reference, account.id, account.reservedMobile, details, now, now).lastInsertRowid;
    db.prepare("INSERT INTO CaseEvent (caseId, at, kind, actor) VALUES (?, ?, 'opened', 'applicant')").run(caseId, now);
    for (const doc of documents) {
      db.prepare("INSERT INTO CaseDocument (id, caseId, slot, mediaType, size, storageKey, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)").run(doc.id, caseId, doc.slot, doc.mediaType, doc.bytes.length, doc.storageKey, now);
    }
  });
  return { reference, documentIds: documents.map((d) => d.id), png: TINY_PNG, pdf };
}

export function caseRow(reference: string): { status: string; decisionReason: string | null; reviewerId: number | null } {
  return withE2eDb((db) => db.prepare('SELECT status, decisionReason, reviewerId FROM "Case" WHERE reference = ?').get(reference) as { status: string; decisionReason: string | null; reviewerId: number | null });
}

export function caseDocuments(reference: string): { id: string; slot: string; mediaType: string }[] {
  return withE2eDb((db) =>
    db.prepare('SELECT d.id, d.slot, d.mediaType FROM CaseDocument d JOIN "Case" c ON c.id = d.caseId WHERE c.reference = ? ORDER BY d.createdAt, d.id').all(reference) as { id: string; slot: string; mediaType: string }[],
  );
}

export function accountStatus(loginName: string): { realNameStatus: string; verifiedIdHash: string | null } {
  return withE2eDb((db) => db.prepare("SELECT realNameStatus, verifiedIdHash FROM PlatformAccount WHERE loginNameKey = ?").get(loginName.toLowerCase()) as { realNameStatus: string; verifiedIdHash: string | null });
}
