// When 上传自然人信息 / 上传法人信息 is open to an account (source 实名认证失败): after an automatic
// check failed (the user has re-checked their data), when the ID type cannot be checked
// automatically at all, or when the identity source did not answer (upload instead of waiting). Pure.
import type { DocumentSlot } from "@/lib/uploads/upload-rules";

export type UploadState = "ready" | "needsIdentity" | "pending" | "verified";

export function verificationUploadState(account: { realNameStatus: string; realNameFailure: string | null; hasIdentity: boolean }): UploadState {
  if (account.realNameStatus === "verified") return "verified";
  if (account.realNameStatus === "pending") return "pending";
  if (!account.hasIdentity) return "needsIdentity";
  if (account.realNameStatus === "failed") return "ready";
  if (account.realNameFailure === "not-checkable" || account.realNameFailure === "service-unavailable") return "ready";
  return "needsIdentity";
}

/** The same, from the account row: the data counts as saved once its ID number is (sealed). */
export function accountUploadState(account: { type: string; realNameStatus: string; realNameFailure: string | null; idNumberEnc: string | null; legalRepIdEnc: string | null }): UploadState {
  const hasIdentity = Boolean(account.type === "legal" ? account.legalRepIdEnc : account.idNumberEnc);
  return verificationUploadState({ realNameStatus: account.realNameStatus, realNameFailure: account.realNameFailure, hasIdentity });
}

/** The documents asked for: both sides of the ID card, or the business licence and the letter of authorisation. */
export function verificationSlots(accountType: string): DocumentSlot[] {
  return accountType === "legal" ? ["business-licence", "authorisation-letter"] : ["id-front", "id-back"];
}

/** The form name the upload's flash cookie is bound to (upload page and its route handler). */
export const VERIFICATION_UPLOAD_FORM = "verification-upload";
