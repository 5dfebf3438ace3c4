import "server-only";
// The decision of an appeal (申诉找回密码, issue 7 §6). Approval: a single-use link to set a new
// password goes by SMS to the appeal's contact mobile, with the login name; staff never set a
// password. For a natural appeal the contact mobile (proven by a code when the appeal was made)
// becomes the account's reserved mobile. Rejection: the SMS points to the status page, where the
// reason is shown. Runs inside the decision's transaction; texts go out after the commit.
import { createPasswordSetGrant } from "@/lib/recovery/create-password-set-grant";
import { GRANT_TTL_HOURS, setPasswordPath } from "@/lib/recovery/grant-token";
import { siteOrigin } from "@/lib/recovery/site-origin";
import { appealApprovedNotice, appealRejectedNotice } from "@/lib/recovery/sms-texts";
import { CaseError } from "../case-errors";
import type { CaseDecisionEffect, CaseEffectContext, CaseEffectResult } from "./types";

const PURPOSE = "appeal-decision";

async function approve({ tx, case: decided, now }: CaseEffectContext, mobile: string): Promise<CaseEffectResult> {
  // An appeal no account could be matched to cannot be approved: the reviewer rejects it with a
  // reason (e.g. asking for documents that identify the account).
  const account = decided.accountId
    ? await tx.platformAccount.findUnique({ where: { id: decided.accountId }, select: { id: true, loginName: true } })
    : null;
  if (!account) throw new CaseError("case.noAccount", `appeal ${decided.reference} is not matched to an account`);
  if (decided.type === "appeal-natural") {
    await tx.platformAccount.update({ where: { id: account.id }, data: { reservedMobile: mobile }, select: { id: true } });
  }
  const grant = await createPasswordSetGrant({ db: tx, accountId: account.id, caseId: decided.id, now });
  const link = `${siteOrigin()}${setPasswordPath(grant.token)}`;
  return { notices: [{ mobile, purpose: PURPOSE, ...appealApprovedNotice(decided.reference, account.loginName, link, GRANT_TTL_HOURS) }] };
}

export const appealEffect: CaseDecisionEffect = {
  async apply(context: CaseEffectContext): Promise<CaseEffectResult> {
    const { case: decided, decision } = context;
    // Every appeal is opened with a contact mobile proven by a code; without one nobody could be told.
    const mobile = decided.contactMobile;
    if (!mobile) throw new CaseError("case.noAccount", `appeal ${decided.reference} has no contact mobile`);
    if (decision === "approved") return approve(context, mobile);
    return { notices: [{ mobile, purpose: PURPOSE, ...appealRejectedNotice(decided.reference) }] };
  },
};
