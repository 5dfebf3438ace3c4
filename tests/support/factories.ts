// Small factories for integration tests: real rows in the real test database, never mocks.
// Hashes are Torch-style md5 (cheap); use lib/passwords when a test logs in with argon2 hashes.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { usccCheckCharacter } from "@/lib/identifiers";

let sequence = 0;
const next = () => {
  sequence += 1;
  return sequence;
};

export function md5Hash(password: string): string {
  return `md5:${createHash("md5").update(password, "utf8").digest("hex")}`;
}

/** A USCC with a correct check character, different for every call (or for every `n`). */
export function validUscc(n: number = next()): string {
  const first17 = `91110108MA${String(n % 10_000_000).padStart(7, "0")}`;
  return first17 + usccCheckCharacter(first17);
}

/** The same code with a wrong check character (an "early" code, domain.md §2). */
export function badCheckUscc(n: number = next()): string {
  const good = validUscc(n);
  return good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
}

/** A mainland mobile, different for every call (or for every `n`). */
export function mobile(n: number = next()): string {
  return `139${String(n % 100_000_000).padStart(8, "0")}`;
}

export interface TorchAccountSpec {
  kind: "enterprise" | "personal";
  username: string;
  password?: string;
  displayName?: string;
  contactMobile?: string | null;
  checkWarning?: boolean;
}

export function makeTorchAccount(db: Db, spec: TorchAccountSpec) {
  return db.torchAccount.create({
    data: {
      kind: spec.kind,
      username: spec.username,
      passwordHash: md5Hash(spec.password ?? "Torch-Pass-1"),
      displayName: spec.displayName ?? (spec.kind === "enterprise" ? "测试企业" : "测试用户"),
      contactMobile: spec.contactMobile ?? null,
      checkWarning: spec.checkWarning ?? false,
    },
    select: { id: true, kind: true, username: true },
  });
}

export interface PlatformAccountSpec {
  type?: "natural" | "legal";
  loginName?: string;
  password?: string;
  reservedMobile?: string | null;
  uscc?: string | null;
  orgName?: string | null;
  realNameStatus?: "unverified" | "pending" | "verified" | "failed";
  origin?: "imported" | "registered" | "migrated";
}

export function makePlatformAccount(db: Db, spec: PlatformAccountSpec = {}) {
  const loginName = spec.loginName ?? `user${next()}`;
  return db.platformAccount.create({
    data: {
      type: spec.type ?? "natural",
      loginName,
      loginNameKey: loginName.toLowerCase(),
      passwordHash: md5Hash(spec.password ?? "Platform-Pass-1"),
      reservedMobile: spec.reservedMobile ?? null,
      uscc: spec.uscc ?? null,
      orgName: spec.orgName ?? (spec.type === "legal" ? "测试单位" : null),
      realNameStatus: spec.realNameStatus ?? "unverified",
      origin: spec.origin ?? "imported",
    },
    select: { id: true, type: true, loginName: true },
  });
}

export interface MigrationRecordSpec {
  torchAccountId: number;
  outcome: string;
  loginName: string | null;
  window: "natural" | "legal" | null;
  platformAccountId?: number | null;
  accountCreated?: boolean;
}

export function makeMigrationRecord(db: Db, spec: MigrationRecordSpec) {
  return db.migrationRecord.create({
    data: {
      torchAccountId: spec.torchAccountId,
      outcome: spec.outcome,
      loginName: spec.loginName,
      window: spec.window,
      platformAccountId: spec.platformAccountId ?? null,
      accountCreated: spec.accountCreated ?? false,
    },
    select: { id: true },
  });
}

/** A Torch account together with the record a migration would have written for it. */
export async function makeMigratedTorchAccount(db: Db, torch: TorchAccountSpec, record: Omit<MigrationRecordSpec, "torchAccountId">) {
  const account = await makeTorchAccount(db, torch);
  await makeMigrationRecord(db, { ...record, torchAccountId: account.id });
  return account;
}
