// Seeds for the staff operations e2e tests, written straight into the e2e database with unique
// identifiers (tests run in parallel): a decided case with its history, a CONFLICT migration record.
import { randomBytes } from "node:crypto";
import { sealText } from "../../lib/crypto/seal";
import { withE2eDb } from "../support/e2e-db";

const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** A reviewer row only (it never logs in): the name the history shows. */
export function insertReviewer(name: string): number {
  return withE2eDb((db) => {
    const now = iso(new Date());
    return Number(
      db.prepare("INSERT INTO StaffAccount (name, nameKey, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, 'md5:0', 'reviewer', ?, ?)").run(name, name.toLowerCase(), now, now).lastInsertRowid,
    );
  });
}

/** A rejected verification case: opened, viewed, a document looked at, rejected — with its audit trail. */
export function insertDecidedCase(contactMobile: string, reviewerId: number): string {
  const reference = `SQ20261201-${randomBytes(3).toString("hex").toUpperCase()}`;
  const at = (minutes: number) => iso(new Date(Date.UTC(2026, 11, 1, 2, minutes)));
  withE2eDb((db) => {
    const details = sealText(JSON.stringify({ personName: "赵小明", idType: "resident-id", idNumber: "110101199001011234" }));
    const caseId = db
      .prepare('INSERT INTO "Case" (reference, type, status, contactMobile, detailsEnc, reviewerId, decisionReason, decidedAt, createdAt, updatedAt) VALUES (?, \'verification-natural\', \'rejected\', ?, ?, ?, ?, ?, ?, ?)')
      .run(reference, contactMobile, details, reviewerId, "身份证照片模糊，请重新上传", at(30), at(0), at(30)).lastInsertRowid;
    const event = db.prepare("INSERT INTO CaseEvent (caseId, at, kind, actor, note) VALUES (?, ?, ?, ?, ?)");
    event.run(caseId, at(0), "opened", "applicant", null);
    event.run(caseId, at(10), "viewed", `staff:${reviewerId}`, null);
    event.run(caseId, at(30), "rejected", `staff:${reviewerId}`, "身份证照片模糊，请重新上传");
    const audit = db.prepare("INSERT INTO AuditEvent (at, type, actor, result, detail) VALUES (?, ?, ?, ?, ?)");
    audit.run(at(10), "case.view", `staff:${reviewerId}`, "success", JSON.stringify({ reference }));
    audit.run(at(20), "document.view", `staff:${reviewerId}`, "success", JSON.stringify({ reference, slot: "id-front" }));
  });
  return reference;
}

/** A Torch enterprise whose USCC and HJ_ + USCC are both taken, left as CONFLICT by the migration. */
export function insertConflict(uscc: string): number {
  return withE2eDb((db) => {
    const now = iso(new Date());
    const account = db.prepare("INSERT INTO PlatformAccount (type, loginName, loginNameKey, passwordHash, origin, createdAt, updatedAt) VALUES ('natural', ?, ?, 'md5:0', 'imported', ?, ?)");
    for (const name of [uscc, `HJ_${uscc}`]) account.run(name, name.toLowerCase(), now, now);
    const torchId = db
      .prepare("INSERT INTO TorchAccount (kind, username, passwordHash, displayName, createdAt, updatedAt) VALUES ('enterprise', ?, 'md5:5f4dcc3b5aa765d61d8327deb882cf99', '冲突测试企业', ?, ?)")
      .run(uscc, now, now).lastInsertRowid;
    db.prepare("INSERT INTO MigrationRecord (torchAccountId, outcome, migratedAt) VALUES (?, 'CONFLICT', ?)").run(torchId, now);
    return Number(torchId);
  });
}
