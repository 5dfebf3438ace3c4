// The files of one form (one case) together: required slots present, the case's total within its
// limit, each file cleaned, and the account's stored total within its own. The first problem of
// each slot is reported by slot, so the page can show it beside that file's field.
import { cleanUpload, type CleanedUpload } from "./clean-upload";
import { UPLOAD_LIMITS, type DocumentSlot, type UploadErrorCode } from "./upload-rules";

export interface SubmittedFile {
  slot: DocumentSlot;
  /** Null when the field was left empty. */
  bytes: Buffer | null;
  required: boolean;
}

export type CleanUploadsResult =
  | { ok: true; uploads: CleanedUpload[] }
  | { ok: false; errors: Partial<Record<DocumentSlot, UploadErrorCode>> };

export async function cleanUploads(options: { files: SubmittedFile[]; accountBytesUsed?: number }): Promise<CleanUploadsResult> {
  const errors: Partial<Record<DocumentSlot, UploadErrorCode>> = {};
  const present = options.files.filter((file): file is SubmittedFile & { bytes: Buffer } => file.bytes !== null && file.bytes.length > 0);
  for (const file of options.files) if (file.required && !file.bytes?.length) errors[file.slot] = "missing";
  const total = present.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > UPLOAD_LIMITS.caseBytes) {
    const largest = present.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
    errors[largest.slot] = "caseTooLarge";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const uploads: CleanedUpload[] = [];
  // One at a time: decoding a large photo takes memory, and a form has only a few files.
  for (const file of present) {
    const cleaned = await cleanUpload({ slot: file.slot, bytes: file.bytes });
    if (cleaned.ok) uploads.push(cleaned.upload);
    else errors[file.slot] = cleaned.code;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const stored = uploads.reduce((sum, upload) => sum + upload.bytes.length, 0);
  if ((options.accountBytesUsed ?? 0) + stored > UPLOAD_LIMITS.accountBytes) return { ok: false, errors: { [uploads[0].slot]: "accountQuota" } };
  return { ok: true, uploads };
}
