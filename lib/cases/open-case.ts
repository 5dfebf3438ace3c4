import "server-only";
// Opening a case (a verification that needs documents reviewed, or an appeal): the cleaned
// documents are sealed into the upload folder first, then the case, its documents, its first
// history event and the audit records are written in ONE transaction. If that fails, the files
// just written are deleted again, so no document is left without its case. A verification case
// also makes its account 认证中 (pending) in the same transaction, and only one such case opens.
import { randomBytes } from "node:crypto";
import { isUniqueViolation, uniqueViolationTargets } from "@/lib/accounts/unique-violation";
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { countCase } from "@/lib/metrics/count-case";
import type { CleanedUpload } from "@/lib/uploads/clean-upload";
import { deleteDocumentBytes, storeDocumentBytes } from "@/lib/uploads/document-store";
import { UPLOAD_LIMITS } from "@/lib/uploads/upload-rules";
import { sealCaseDetails, type CaseDetails } from "./case-details";
import { newCaseReference } from "./case-reference";
import type { CaseType } from "./effects";

export interface OpenCaseOptions {
  db: Db;
  type: CaseType;
  /** The owner for a verification; the matched account (if any) for an appeal. */
  accountId: number | null;
  contactMobile: string | null;
  details: CaseDetails;
  documents: CleanedUpload[];
  client?: string | null;
  now?: Date;
}

export interface OpenedCase {
  id: number;
  reference: string;
}

const REFERENCE_ATTEMPTS = 5;

/** The account is already 认证中 or 已认证 (or gone): no second verification case. */
export class VerificationNotOpenableError extends AppError {
  constructor() {
    super("case.verificationNotOpenable", "the account is not waiting for a verification case");
    this.name = "VerificationNotOpenableError";
  }
}

export async function openCase(options: OpenCaseOptions): Promise<OpenedCase> {
  const total = options.documents.reduce((sum, document) => sum + document.bytes.length, 0);
  if (total > UPLOAD_LIMITS.caseBytes) throw new Error("openCase: documents over the per-case limit (cleanUploads checks this first)");
  const stored: { upload: CleanedUpload; storageKey: string }[] = [];
  try {
    for (const upload of options.documents) stored.push({ upload, storageKey: await storeDocumentBytes(upload.bytes) });
    for (let attempt = 1; ; attempt += 1) {
      try {
        const opened = await writeCase(options, stored, newCaseReference(options.now));
        countCase(options.type, "opened");
        return opened;
      } catch (error) {
        const clash = isUniqueViolation(error) && uniqueViolationTargets(error).every((target) => target.includes("reference"));
        if (!clash || attempt >= REFERENCE_ATTEMPTS) throw error;
      }
    }
  } catch (error) {
    await Promise.all(stored.map(({ storageKey }) => deleteDocumentBytes(storageKey)));
    throw error;
  }
}

async function writeCase(options: OpenCaseOptions, stored: { upload: CleanedUpload; storageKey: string }[], reference: string): Promise<OpenedCase> {
  const now = options.now ?? new Date();
  // An appeal is made by someone not logged in, whatever account it names.
  const isVerification = options.type.startsWith("verification-");
  const actor = isVerification && options.accountId !== null ? accountActor(options.accountId) : "applicant";
  const client = options.client ?? null;
  return options.db.$transaction(
    async (tx) => {
      if (isVerification && options.accountId !== null) {
        // Claimed first and conditionally, so two uploads at once open one case, not two.
        const claimed = await tx.platformAccount.updateMany({
          where: { id: options.accountId, realNameStatus: { notIn: ["pending", "verified"] } },
          data: { realNameStatus: "pending" },
        });
        if (claimed.count !== 1) throw new VerificationNotOpenableError();
      }
      const created = await tx.case.create({
        data: {
          reference,
          type: options.type,
          accountId: options.accountId,
          contactMobile: options.contactMobile,
          detailsEnc: sealCaseDetails(options.details),
          createdAt: now,
          events: { create: { kind: "opened", actor: "applicant", at: now } },
          documents: {
            create: stored.map(({ upload, storageKey }) => ({
              id: randomBytes(16).toString("base64url"),
              slot: upload.slot,
              mediaType: upload.mediaType,
              size: upload.bytes.length,
              storageKey,
              createdAt: now,
            })),
          },
        },
        select: { id: true, reference: true },
      });
      await recordAuditEvent({ db: tx, type: "case.open", actor, client, result: "success", detail: { reference, type: options.type }, now });
      for (const { upload } of stored) {
        await recordAuditEvent({ db: tx, type: "document.upload", actor, client, result: "success", detail: { reference, slot: upload.slot, mediaType: upload.mediaType, size: upload.bytes.length }, now });
      }
      return created;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
