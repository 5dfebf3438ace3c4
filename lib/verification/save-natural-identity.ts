import "server-only";
// 修改个人信息 → 保存 → automatic check (source 二 1-2). The ID number is stored only sealed
// (AES-256-GCM) with its keyed hash; a resident ID is checked against the registry, and on
// success claims the account's verifiedIdHash, which is unique: one ID → one verified account.
import { isUniqueViolation } from "@/lib/accounts/unique-violation";
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { keyedHash, sealText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { isServiceUnavailable, type IdentityVerifier } from "./identity-verifier";
import { identityVerifierFor } from "./identity-verifier-for";
import type { SaveIdentityResult } from "./save-identity-result";
import type { NaturalIdentityInput } from "./schemas";
import { startIdentityCheck } from "./start-identity-check";

/** A resident ID hashes as the registry and the importers hash it; other documents by type. */
function naturalIdHash(idType: string, idNumber: string): string {
  return keyedHash(idType === "resident-id" ? idNumber : `${idType}:${idNumber}`);
}

export async function saveNaturalIdentity(options: {
  db: Db;
  accountId: number;
  input: NaturalIdentityInput;
  verifier?: IdentityVerifier;
  client?: string | null;
  now?: Date;
}): Promise<SaveIdentityResult> {
  const { db, accountId, input } = options;
  const now = options.now ?? new Date();
  const audit = (result: "success" | "failure", detail: Record<string, string>) =>
    recordAuditEvent({ db, type: "verification.check", actor: accountActor(accountId), client: options.client ?? null, result, detail: { kind: "natural", ...detail }, now });

  const start = await startIdentityCheck({ db, accountId, type: "natural", now });
  if (!start.ok) return start.result;

  const idNumberHash = naturalIdHash(input.idType, input.idNumber);
  const held = { verifiedIdHash: idNumberHash, id: { not: accountId } };
  if (input.idType === "resident-id" && (await db.platformAccount.findFirst({ where: held, select: { id: true } }))) {
    await audit("failure", { outcome: "idAlreadyVerified" });
    return { outcome: "idAlreadyVerified" };
  }
  const saved = { personName: input.personName, idType: input.idType, idNumberEnc: sealText(input.idNumber), idNumberHash };
  const update = (data: Record<string, string | null>) => db.platformAccount.update({ where: { id: accountId }, data: { ...saved, ...data }, select: { id: true } });

  if (input.idType !== "resident-id") {
    await update({ realNameStatus: "unverified", realNameFailure: "not-checkable", verifiedIdHash: null });
    await audit("success", { outcome: "manual", idType: input.idType });
    return { outcome: "manual" };
  }
  const verifier = options.verifier ?? identityVerifierFor(db);
  const check = await verifier.checkPerson({ name: input.personName, residentId: input.idNumber });
  if (isServiceUnavailable(check)) {
    // The data is kept and the status says only that it is not verified yet: nothing failed.
    await update({ realNameStatus: "unverified", realNameFailure: "service-unavailable", verifiedIdHash: null });
    await audit("failure", { outcome: "unavailable" });
    return { outcome: "unavailable" };
  }
  if (!check.ok) {
    await update({ realNameStatus: "failed", realNameFailure: check.failure, verifiedIdHash: null });
    await audit("failure", { outcome: "failed", failure: check.failure });
    return { outcome: "failed", failure: check.failure };
  }
  try {
    await update({ realNameStatus: "verified", realNameFailure: null, verifiedIdHash: idNumberHash });
  } catch (error) {
    // Another account claimed the same ID number a moment ago.
    if (!isUniqueViolation(error)) throw error;
    await audit("failure", { outcome: "idAlreadyVerified" });
    return { outcome: "idAlreadyVerified" };
  }
  await audit("success", { outcome: "verified" });
  return { outcome: "verified" };
}
