// The rules every uploaded document meets (issue 6 §4), in one place so the pages can state them
// and the tests can reach their edges. Pure data and small pure checks.

/** Only these are accepted, recognised from the content (magic bytes), never from a name or header. */
export const ALLOWED_MEDIA_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
export type AllowedMediaType = (typeof ALLOWED_MEDIA_TYPES)[number];

/** The document slots of every kind of case (the CaseDocument.slot values). */
export const DOCUMENT_SLOTS = ["id-front", "id-back", "business-licence", "authorisation-letter", "appeal-letter"] as const;
export type DocumentSlot = (typeof DOCUMENT_SLOTS)[number];

export const UPLOAD_LIMITS = {
  /** One file as sent. Phone photos are 2-6 MB; scans of a page far less. */
  fileBytes: 8 * 1024 * 1024,
  /** All files of one case together, as sent. */
  caseBytes: 20 * 1024 * 1024,
  /** Documents an account keeps stored at once (cleaned sizes, purged ones not counted). */
  accountBytes: 60 * 1024 * 1024,
  /** Decoding a bigger image costs too much memory (a 40 MP RGBA bitmap is 160 MB). */
  maxPixels: 40_000_000,
  /** A smaller picture of a document cannot be read by a reviewer. */
  minSidePixels: 200,
} as const;

/**
 * Why an upload was refused; stable codes, shown to the user as `verification.uploadErrors.<code>`
 * (appeals reuse the same words).
 */
export type UploadErrorCode =
  | "missing"
  | "tooLarge"
  | "caseTooLarge"
  | "accountQuota"
  | "typeNotAllowed"
  | "tooManyPixels"
  | "tooSmall"
  | "unreadable"
  | "passwordProtected"
  | "tooManyPages"
  | "tooComplex"
  | "fontsNotEmbedded"
  | "polyglot"
  | "malware"
  | "scanUnavailable";

export function isDocumentSlot(value: string): value is DocumentSlot {
  return (DOCUMENT_SLOTS as readonly string[]).includes(value);
}

export function isAllowedMediaType(value: string | undefined): value is AllowedMediaType {
  return value !== undefined && (ALLOWED_MEDIA_TYPES as readonly string[]).includes(value);
}
