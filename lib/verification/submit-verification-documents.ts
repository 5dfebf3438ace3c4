import "server-only";
// 上传自然人信息 / 上传法人信息: the documents for manual review open a verification case with a
// snapshot of the data the user saved (sealed in the case), and the account becomes 认证中.
import type { CaseDetails } from "@/lib/cases/case-details";
import { openCase, VerificationNotOpenableError } from "@/lib/cases/open-case";
import { openText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { cleanUploads } from "@/lib/uploads/clean-uploads";
import { getAccountUploadBytes } from "@/lib/uploads/get-account-upload-bytes";
import type { DocumentSlot, UploadErrorCode } from "@/lib/uploads/upload-rules";
import { verificationAccountSelect } from "./get-verification-view";
import { accountUploadState, verificationSlots, type UploadState } from "./upload-state";

export type SubmitDocumentsResult =
  | { ok: true; reference: string }
  | { ok: false; errors: Partial<Record<DocumentSlot, UploadErrorCode>> }
  | { ok: false; state: Exclude<UploadState, "ready"> };

const open = (sealed: string | null) => (sealed ? openText(sealed) : null);

export async function submitVerificationDocuments(options: {
  db: Db;
  accountId: number;
  files: Partial<Record<DocumentSlot, Buffer | null>>;
  client?: string | null;
  now?: Date;
}): Promise<SubmitDocumentsResult> {
  const { db, accountId } = options;
  const account = await db.platformAccount.findUnique({
    where: { id: accountId },
    select: verificationAccountSelect,
  });
  if (!account) throw new Error("submitVerificationDocuments: no such account");
  const state = accountUploadState(account);
  if (state !== "ready") return { ok: false, state };
  const legal = account.type === "legal";

  const files = verificationSlots(account.type).map((slot) => ({ slot, bytes: options.files[slot] ?? null, required: true }));
  const cleaned = await cleanUploads({ files, accountBytesUsed: await getAccountUploadBytes({ db, accountId }) });
  if (!cleaned.ok) return { ok: false, errors: cleaned.errors };

  const details: CaseDetails = legal
    ? {
        orgName: account.orgName, uscc: account.uscc, agentName: account.agentName, agentMobile: account.agentMobile,
        legalRepName: account.legalRepName, legalRepId: open(account.legalRepIdEnc), failure: account.realNameFailure,
      }
    : { personName: account.personName, idType: account.idType, idNumber: open(account.idNumberEnc), failure: account.realNameFailure };
  let opened;
  try {
    opened = await openCase({
      db,
      type: legal ? "verification-legal" : "verification-natural",
      accountId,
      contactMobile: null,
      details,
      documents: cleaned.uploads,
      client: options.client,
      now: options.now,
    });
  } catch (error) {
    // A second upload sent at the same moment: the first one opened the case.
    if (error instanceof VerificationNotOpenableError) return { ok: false, state: "pending" };
    throw error;
  }
  return { ok: true, reference: opened.reference };
}
