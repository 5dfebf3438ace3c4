// Small factories for the account tests: real rows in the real test database, never mocks.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";

let sequence = 0;

export interface AccountSpec {
  type?: "natural" | "legal";
  loginName?: string;
  password?: string;
  /** A stored hash as is (e.g. a Torch md5:… hash); overrides `password`. */
  passwordHash?: string;
  reservedMobile?: string | null;
  uscc?: string | null;
  orgName?: string | null;
  realNameStatus?: string;
  origin?: string;
}

export function torchMd5(password: string): string {
  return `md5:${createHash("md5").update(password, "utf8").digest("hex")}`;
}

export async function makeAccount(db: Db, spec: AccountSpec = {}) {
  sequence += 1;
  const loginName = spec.loginName ?? `user${sequence}x${Date.now() % 100000}`;
  const passwordHash = spec.passwordHash ?? (await hashPassword(spec.password ?? "Correct-Horse-42"));
  return db.platformAccount.create({
    data: {
      type: spec.type ?? "natural",
      loginName,
      loginNameKey: loginName.toLowerCase(),
      passwordHash,
      reservedMobile: spec.reservedMobile ?? null,
      uscc: spec.uscc ?? null,
      orgName: spec.orgName ?? null,
      realNameStatus: spec.realNameStatus ?? "unverified",
      origin: spec.origin ?? "registered",
    },
    select: { id: true, loginName: true, type: true },
  });
}
