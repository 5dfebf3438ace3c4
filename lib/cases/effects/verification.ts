import "server-only";
// The decision of a verification case (issue 6 §6): approval makes the account 已认证 and claims
// its ID number for it (one ID number → one verified account), rejection makes it 认证失败.
// Either way the applicant is told by SMS; the reason is shown on 我的信息 from Case.decisionReason.
import { isUniqueViolation } from "@/lib/accounts/unique-violation";
import { CaseError } from "../case-errors";
import { verificationDecisionNotice } from "./decision-sms";
import type { CaseDecisionEffect, CaseEffectContext, CaseEffectResult } from "./types";

async function approve({ tx, case: decided }: CaseEffectContext, account: AccountFacts): Promise<void> {
  let verifiedIdHash: string | null = null;
  if (account.type === "natural") {
    // The uniqueness rule keys on the ID number the account holds (sealed, with its keyed hash).
    if (!account.idNumberHash) throw new CaseError("case.noIdNumber", `case ${decided.reference}: the account has no ID number`);
    const holder = await tx.platformAccount.findFirst({
      where: { verifiedIdHash: account.idNumberHash, id: { not: account.id } },
      select: { id: true },
    });
    if (holder) throw new CaseError("case.idAlreadyVerified", "another account is already verified with this ID number");
    verifiedIdHash = account.idNumberHash;
  }
  // Legal accounts are unique by USCC already; a legal representative may represent several.
  try {
    await tx.platformAccount.update({
      where: { id: account.id },
      data: { realNameStatus: "verified", verifiedIdHash, realNameFailure: null },
      select: { id: true },
    });
  } catch (error) {
    // A parallel approval of another account with the same ID number won the race.
    if (isUniqueViolation(error)) throw new CaseError("case.idAlreadyVerified", "another account is already verified with this ID number");
    throw error;
  }
}

interface AccountFacts {
  id: number;
  type: string;
  idNumberHash: string | null;
  reservedMobile: string | null;
}

export const verificationEffect: CaseDecisionEffect = {
  async apply(context: CaseEffectContext): Promise<CaseEffectResult> {
    const { tx, case: decided, decision } = context;
    const account = decided.accountId
      ? await tx.platformAccount.findUnique({
          where: { id: decided.accountId },
          select: { id: true, type: true, idNumberHash: true, reservedMobile: true },
        })
      : null;
    if (!account) throw new CaseError("case.noAccount", `case ${decided.reference} has no account to verify`);
    if (decision === "approved") {
      await approve(context, account);
    } else {
      // A rejection never takes back a verification the account reached some other way meanwhile.
      await tx.platformAccount.updateMany({
        where: { id: account.id, realNameStatus: { not: "verified" } },
        data: { realNameStatus: "failed" },
      });
    }
    const mobile = decided.contactMobile ?? account.reservedMobile;
    return { notices: mobile ? [{ mobile, purpose: "case-decision", ...verificationDecisionNotice(decided.reference, decision) }] : [] };
  },
};
