// Staff and cases for the staff-side integration tests: real rows, real argon2, real sealing,
// real sealed files in a temporary UPLOAD_DIR. Codes come from otplib as an authenticator's would.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generate } from "otplib";
import { keyedHash, sealText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createStaffAccount } from "@/lib/staff/create-staff-account";
import { openText } from "@/lib/crypto/seal";
import { storeDocumentBytes } from "@/lib/uploads/document-store";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "staff-uploads-"));
resetEnvCache();

let sequence = 0;
const next = () => (sequence += 1);

export const STAFF_PASSWORD = "Review-Desk-2026!";

export async function makeStaff(db: Db, spec: { role?: "reviewer" | "editor" | "admin"; name?: string } = {}) {
  return createStaffAccount({ db, name: spec.name ?? `reviewer${next()}x${Date.now() % 100000}`, role: spec.role ?? "reviewer", password: STAFF_PASSWORD });
}

/** The code an authenticator app shows for the staff member's stored secret at `at`. */
export async function totpCodeFor(db: Db, staffId: number, at: Date): Promise<string> {
  const row = await db.staffAccount.findUniqueOrThrow({ where: { id: staffId }, select: { totpSecretEnc: true } });
  if (!row.totpSecretEnc) throw new Error("no TOTP secret yet");
  return generate({ secret: openText(row.totpSecretEnc), epoch: Math.floor(at.getTime() / 1000) });
}

export function residentId(n: number = next()): string {
  // Shape only (the effect does not re-validate): 17 digits and a check character.
  return `110101199001${String(n % 100000).padStart(5, "0")}X`;
}

export async function makeNaturalAccount(db: Db, spec: { idNumber?: string; realNameStatus?: string; verified?: boolean } = {}) {
  const n = next();
  const idNumber = spec.idNumber ?? residentId(n);
  const idHash = keyedHash(idNumber);
  return db.platformAccount.create({
    data: {
      type: "natural",
      loginName: `person${n}x${Date.now() % 100000}`,
      loginNameKey: `person${n}x${Date.now() % 100000}`,
      passwordHash: "md5:0",
      reservedMobile: `139${String(n).padStart(8, "0")}`,
      realNameStatus: spec.verified ? "verified" : (spec.realNameStatus ?? "pending"),
      personName: "张三",
      idType: "resident-id",
      idNumberEnc: sealText(idNumber),
      idNumberHash: idHash,
      verifiedIdHash: spec.verified ? idHash : null,
      realNameFailure: "name",
    },
    select: { id: true, reservedMobile: true },
  });
}

export async function makeCase(
  db: Db,
  spec: { accountId: number | null; type?: string; details?: Record<string, unknown>; createdAt?: Date; documents?: number },
) {
  const reference = `SQ20261129-${randomBytes(4).toString("hex").toUpperCase()}`;
  const created = await db.case.create({
    data: {
      reference,
      type: spec.type ?? "verification-natural",
      accountId: spec.accountId,
      detailsEnc: sealText(JSON.stringify(spec.details ?? { personName: "张三", idType: "resident-id", idNumber: "110101199001011234" })),
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
      events: { create: { kind: "opened", actor: "applicant" } },
    },
    select: { id: true, reference: true },
  });
  const documentIds: string[] = [];
  for (let i = 0; i < (spec.documents ?? 1); i += 1) {
    const bytes = Buffer.from(`%PDF-1.4 document ${i} of ${reference}`);
    const storageKey = await storeDocumentBytes(bytes);
    const id = randomBytes(16).toString("base64url");
    await db.caseDocument.create({ data: { id, caseId: created.id, slot: i === 0 ? "id-front" : "id-back", mediaType: "application/pdf", size: bytes.length, storageKey } });
    documentIds.push(id);
  }
  return { ...created, documentIds };
}
