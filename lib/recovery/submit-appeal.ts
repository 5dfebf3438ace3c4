import "server-only";
// 下一步 of an appeal: the documents are cleaned (lib/uploads: type by content, re-encoded, limits),
// the account the appeal is about is looked up (the reviewer decides in the end), and the case is
// opened with the sealed details. The applicant gets the reference number.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { openCase } from "@/lib/cases/open-case";
import type { Db } from "@/lib/db";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { cleanUploads } from "@/lib/uploads/clean-uploads";
import type { DocumentSlot, UploadErrorCode } from "@/lib/uploads/upload-rules";
import { APPEAL_DOCUMENT_SLOTS } from "./appeal-rules";
import type { AppealTicket } from "./appeal-ticket";
import { findLegalAppealAccount, findNaturalAppealAccount } from "./find-appeal-account";
import { appealLimits } from "./limits";

export type SubmitAppealResult =
  | { ok: true; reference: string }
  | { ok: false; fileErrors: Partial<Record<DocumentSlot, UploadErrorCode>> }
  | { ok: false; retryAfterSeconds: number };

export async function submitAppeal(options: {
  db: Db;
  kind: "natural" | "legal";
  confirmed: NonNullable<AppealTicket["confirmed"]>;
  /** The bytes posted for each slot of the kind; null for an empty field. */
  files: Partial<Record<DocumentSlot, Buffer | null>>;
  client: string;
  now?: Date;
}): Promise<SubmitAppealResult> {
  const { db, kind, confirmed, client } = options;
  const now = options.now ?? new Date();
  const files = APPEAL_DOCUMENT_SLOTS[kind].map((slot) => ({ slot, bytes: options.files[slot] ?? null, required: true }));
  const cleaned = await cleanUploads({ files });
  if (!cleaned.ok) return { ok: false, fileErrors: cleaned.errors };
  // Counted only for appeals that would be opened: a refused file must not use up the day's appeals.
  const wait = await consumeLimits({ db, limits: appealLimits.submit(confirmed.mobile, client), now });
  if (wait !== null) return { ok: false, retryAfterSeconds: wait };

  const { details } = confirmed;
  const accountId =
    kind === "natural"
      ? await findNaturalAppealAccount({ db, idNumber: details.idNumber ?? "" })
      : await findLegalAppealAccount({ db, uscc: details.uscc ?? "", pickedAccountId: confirmed.pickedAccountId });
  const matched = accountId === null ? null : await db.platformAccount.findUnique({ where: { id: accountId }, select: { loginName: true } });
  const opened = await openCase({
    db,
    type: kind === "legal" ? "appeal-legal" : "appeal-natural",
    accountId,
    contactMobile: confirmed.mobile,
    // The matched account's login name (staff label 登录名) helps the reviewer; with none found the
    // reviewer can only reject, saying what would identify the account.
    details: { ...details, loginName: matched?.loginName ?? null },
    documents: cleaned.uploads,
    client,
    now,
  });
  await recordAuditEvent({ db, type: "appeal.submit", actor: "applicant", client, result: "success", detail: { reference: opened.reference, kind, matched: accountId !== null }, now });
  return { ok: true, reference: opened.reference };
}
