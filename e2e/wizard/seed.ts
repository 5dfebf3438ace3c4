// Accounts for the wizard's walks, written straight into the e2e database as the importers and the
// migration would leave them (Torch account, platform accounts, migration record, E-R4's
// authorisations) — one fresh set per test, with its own USCC or mobile. The demo rows of
// tests/fixtures/demo are shared with the lookup and platform tests, which run at the same time:
// an SMS code goes to one mobile once a minute, and these walks log in, reset passwords and verify.
import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { keyedHash } from "../../lib/crypto/seal";
import type { Outcome } from "../lookup/demo-outcomes";
import { randomUscc } from "../platform/support";
// Also sets the e2e server's key, so registry and ID hashes match the server's.
import { withE2eDb } from "../support/e2e-db";
import { randomResidentId } from "../verification/support";

export const TORCH_PASSWORD = "Torch@2024";
export const PLATFORM_PASSWORD = "Zhengwu@2024";
const md5 = (password: string) => `md5:${createHash("md5").update(password, "utf8").digest("hex")}`;

export interface WalkCase {
  outcome: Outcome;
  kind: "enterprise" | "personal";
  /** What is typed into the lookup. */
  q: string;
  /** The name the person logs in with (null: registers or has none). */
  loginName: string | null;
  /** As the lookup shows it. */
  shownLoginName: string | null;
  window: "natural" | "legal";
  password: string;
  /** The account's reserved mobile (for 登录名重置密码), where it has one. */
  reservedMobile: string | null;
  /** The identity the registry knows for this account: a person, or the organisation's legal representative. */
  identity: { name: string; idNumber: string };
}

export const ORG_NAME = "北京向导示范科技有限公司";

const now = () => new Date().toISOString().replace("Z", "+00:00");

function insertAccount(db: Database.Database, a: { type: "natural" | "legal"; loginName: string; password: string; mobile?: string | null; uscc?: string | null; status?: string; origin?: string }): number {
  const at = now();
  return Number(
    db
      .prepare(
        `INSERT INTO PlatformAccount (type, loginName, loginNameKey, passwordHash, reservedMobile, realNameStatus, orgName, uscc, origin, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.type, a.loginName, a.loginName.toLowerCase(), md5(a.password), a.mobile ?? null, a.status ?? "unverified", a.type === "legal" ? ORG_NAME : null, a.uscc ?? null, a.origin ?? "imported", at, at)
      .lastInsertRowid,
  );
}

function insertMigrated(db: Database.Database, m: { kind: "enterprise" | "personal"; username: string; outcome: Outcome; loginName: string | null; window: string | null; accountId: number | null; created: boolean }) {
  const at = now();
  const torchId = db
    .prepare(`INSERT INTO TorchAccount (kind, username, passwordHash, displayName, contactMobile, checkWarning, createdAt, updatedAt) VALUES (?, ?, ?, ?, NULL, 0, ?, ?)`)
    .run(m.kind, m.username, md5(TORCH_PASSWORD), m.kind === "enterprise" ? "北京向导示范科技有限公司" : "向导示范用户", at, at).lastInsertRowid;
  db.prepare(`INSERT INTO MigrationRecord (torchAccountId, outcome, loginName, window, platformAccountId, accountCreated, migratedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    torchId,
    m.outcome,
    m.loginName,
    m.window,
    m.accountId,
    m.created ? 1 : 0,
    at,
  );
}

let counter = 0;
/** A mobile no other test uses: 1365 + time-based digits + a counter. */
export function wizardMobile(): string {
  counter += 1;
  return `1365${String((Date.now() * 10 + counter + Math.floor(Math.random() * 10)) % 1e7).padStart(7, "0")}`;
}

const mask = (name: string) => `${name.slice(0, 2)}****${name.slice(-2)}`;

/** Seeds one outcome's accounts and returns what the walk types and expects. */
export function seedOutcome(outcome: Outcome): WalkCase {
  return withE2eDb((db) =>
    db.transaction((): WalkCase => {
      const u = randomUscc();
      const p = wizardMobile();
      const other = `qt${u.slice(-8).toLowerCase()}`;
      const orgMobile = wizardMobile();
      const identity = { name: "向导用户", idNumber: randomResidentId() };
      const e = (loginName: string | null, shown: string | null, window: "natural" | "legal", password = TORCH_PASSWORD): WalkCase => {
        if (window === "legal") addRegistryEntry(db, { kind: "organisation", id: u, name: ORG_NAME, legalRepName: identity.name, legalRepId: identity.idNumber });
        else addRegistryEntry(db, { kind: "person", id: identity.idNumber, name: identity.name });
        return { outcome, kind: "enterprise", q: u, loginName, shownLoginName: shown, window, password, reservedMobile: orgMobile, identity };
      };
      const n = (loginName: string | null, shown: string | null, password = TORCH_PASSWORD): WalkCase => {
        addRegistryEntry(db, { kind: "person", id: identity.idNumber, name: identity.name });
        return { outcome, kind: "personal", q: p, loginName, shownLoginName: shown, window: "natural", password, reservedMobile: p, identity };
      };
      switch (outcome) {
        case "E-U1":
          return e(null, null, "legal", PLATFORM_PASSWORD);
        case "E-U2":
          insertAccount(db, { type: "legal", loginName: other, password: PLATFORM_PASSWORD, uscc: u });
          return e(other, mask(other), "legal", PLATFORM_PASSWORD);
        case "E-R1": {
          const id = insertAccount(db, { type: "legal", loginName: u, password: TORCH_PASSWORD, uscc: u, mobile: orgMobile, origin: "migrated" });
          insertMigrated(db, { kind: "enterprise", username: u, outcome, loginName: u, window: "legal", accountId: id, created: true });
          return e(u, u, "legal");
        }
        case "E-R2": {
          const id = insertAccount(db, { type: "legal", loginName: u, password: PLATFORM_PASSWORD, uscc: u });
          insertMigrated(db, { kind: "enterprise", username: u, outcome, loginName: u, window: "legal", accountId: id, created: false });
          return e(u, u, "legal", PLATFORM_PASSWORD);
        }
        case "E-R3": {
          insertAccount(db, { type: "natural", loginName: u, password: PLATFORM_PASSWORD });
          const id = insertAccount(db, { type: "legal", loginName: `HJ_${u}`, password: TORCH_PASSWORD, uscc: u, origin: "migrated" });
          insertMigrated(db, { kind: "enterprise", username: u, outcome, loginName: `HJ_${u}`, window: "legal", accountId: id, created: true });
          return e(`HJ_${u}`, `HJ_${u}`, "legal");
        }
        case "E-R4": {
          insertAccount(db, { type: "legal", loginName: other, password: PLATFORM_PASSWORD, uscc: u });
          const id = insertAccount(db, { type: "natural", loginName: u, password: TORCH_PASSWORD, origin: "migrated" });
          insertMigrated(db, { kind: "enterprise", username: u, outcome, loginName: u, window: "natural", accountId: id, created: true });
          const grant = db.prepare(`INSERT INTO OrgAuthorisation (accountId, uscc, system, validFrom, grantedBy, createdAt) VALUES (?, ?, ?, ?, 'migration', ?)`);
          for (const system of ["gaoqi", "kexiao"]) grant.run(id, u, system, now(), now());
          return e(u, u, "natural");
        }
        case "CONFLICT":
          insertAccount(db, { type: "natural", loginName: u, password: PLATFORM_PASSWORD });
          insertAccount(db, { type: "natural", loginName: `HJ_${u}`, password: PLATFORM_PASSWORD });
          insertMigrated(db, { kind: "enterprise", username: u, outcome, loginName: null, window: null, accountId: null, created: false });
          return e(null, null, "legal");
        case "P-U1":
          return n(null, null, PLATFORM_PASSWORD);
        case "P-U2":
          insertAccount(db, { type: "natural", loginName: other, password: PLATFORM_PASSWORD, mobile: p });
          return n(other, mask(other), PLATFORM_PASSWORD);
        case "P-R1": {
          const id = insertAccount(db, { type: "natural", loginName: p, password: TORCH_PASSWORD, mobile: p, origin: "migrated" });
          insertMigrated(db, { kind: "personal", username: p, outcome, loginName: p, window: "natural", accountId: id, created: true });
          return n(p, p);
        }
        case "P-R2": {
          const id = insertAccount(db, { type: "natural", loginName: p, password: PLATFORM_PASSWORD, mobile: p });
          insertMigrated(db, { kind: "personal", username: p, outcome, loginName: p, window: "natural", accountId: id, created: false });
          return n(p, p, PLATFORM_PASSWORD);
        }
        case "P-R3": {
          insertAccount(db, { type: "natural", loginName: p, password: PLATFORM_PASSWORD, mobile: wizardMobile() });
          const id = insertAccount(db, { type: "natural", loginName: `HJ_${p}`, password: TORCH_PASSWORD, mobile: p, origin: "migrated" });
          insertMigrated(db, { kind: "personal", username: p, outcome, loginName: `HJ_${p}`, window: "natural", accountId: id, created: true });
          return n(`HJ_${p}`, `HJ_${p}`);
        }
        case "P-R4": {
          const id = insertAccount(db, { type: "natural", loginName: other, password: PLATFORM_PASSWORD, mobile: p, status: "verified" });
          // Verified with this ID number on the platform: the appeal finds the account by it.
          const idHash = keyedHash(identity.idNumber);
          db.prepare("UPDATE PlatformAccount SET personName = ?, idNumberHash = ?, verifiedIdHash = ? WHERE id = ?").run(identity.name, idHash, idHash, id);
          insertMigrated(db, { kind: "personal", username: p, outcome, loginName: null, window: null, accountId: id, created: false });
          return n(other, null, PLATFORM_PASSWORD);
        }
      }
    })(),
  );
}

/** A registry row as `registry:import` stores it: hashes of the ID numbers, never the numbers. */
function addRegistryEntry(db: Database.Database, row: { kind: "person" | "organisation"; id: string; name: string; legalRepName?: string; legalRepId?: string }): void {
  const at = now();
  db.prepare(`INSERT INTO RegistryEntry (kind, idHash, name, legalRepName, legalRepIdHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    row.kind,
    keyedHash(row.id),
    row.name,
    row.legalRepName ?? null,
    row.legalRepId ? keyedHash(row.legalRepId) : null,
    at,
    at,
  );
}

export function stepEventCount(outcome: Outcome, stepId: string, kind: string): number {
  return withE2eDb((db) => (db.prepare("SELECT COUNT(*) AS n FROM StepEvent WHERE outcome = ? AND stepId = ? AND kind = ?").get(outcome, stepId, kind) as { n: number }).n);
}
