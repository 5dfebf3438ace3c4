import "server-only";
// What 修改个人信息 / 修改法人信息 and the upload page show of the account: saved data with every
// ID number masked (the sealed value is opened only to mask it), the status and the last failure.
import { maskIdNumber } from "@/lib/cases/review-masks";
import { openText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { accountUploadState, type UploadState } from "./upload-state";

export interface VerificationView {
  type: "natural" | "legal";
  realNameStatus: string;
  realNameFailure: string | null;
  uploadState: UploadState;
  personName: string | null;
  idType: string | null;
  maskedIdNumber: string | null;
  orgName: string | null;
  uscc: string | null;
  agentName: string | null;
  agentMobile: string | null;
  legalRepName: string | null;
  maskedLegalRepId: string | null;
}

const masked = (sealed: string | null) => (sealed ? maskIdNumber(openText(sealed)) : null);

/** The account's verification data as saved (ID numbers sealed): what this view and the upload read. */
export const verificationAccountSelect = {
  type: true, realNameStatus: true, realNameFailure: true, personName: true, idType: true, idNumberEnc: true,
  orgName: true, uscc: true, agentName: true, agentMobile: true, legalRepName: true, legalRepIdEnc: true,
} as const;

export async function getVerificationView(options: { db: Db; accountId: number }): Promise<VerificationView | null> {
  const account = await options.db.platformAccount.findUnique({
    where: { id: options.accountId },
    select: verificationAccountSelect,
  });
  if (!account) return null;
  return {
    type: account.type === "legal" ? "legal" : "natural",
    realNameStatus: account.realNameStatus,
    realNameFailure: account.realNameFailure,
    uploadState: accountUploadState(account),
    personName: account.personName,
    idType: account.idType,
    maskedIdNumber: masked(account.idNumberEnc),
    orgName: account.orgName,
    uscc: account.uscc,
    agentName: account.agentName,
    agentMobile: account.agentMobile,
    legalRepName: account.legalRepName,
    maskedLegalRepId: masked(account.legalRepIdEnc),
  };
}
