import "server-only";
// Registration's final step (issue 5 §1, issue 12 §2). Nothing about other accounts is told before
// the mobile is proven, so a made-up SMS challenge learns nothing:
//   1. the step's limits, per client, per client and mobile, and a generous ceiling per mobile
//      (all or nothing; one client's junk posts must not lock the mobile's owner out);
//   2. the SMS code (sent only after the captcha of step 1) proves the mobile — checked, one of its
//      five tries counted, but not used up, so a taken name can be changed without a new code;
//   3. only then: is the login name or the USCC taken;
//   4. the code is used up and the account created in one transaction.
import { accountActor, maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { createRegisteredAccount } from "@/lib/db/accounts/create-registered-account";
import { findRegistrationConflicts } from "@/lib/db/accounts/find-registration-conflicts";
import { isUsccKnown } from "@/lib/db/accounts/is-uscc-known";
import { hashPassword } from "@/lib/passwords";
import { takeLimits } from "@/lib/rate-limit/consume-limits";
import { confirmMobileCode } from "./confirm-mobile-code";
import { loginNameKey } from "./login-names";
import { registrationSubmitLimits, type CheckedRegistration } from "./registration-rules";
import type { FieldErrors } from "./schemas";
import { isUniqueViolation, uniqueViolationTargets } from "./unique-violation";

export interface RegisterAccountOptions {
  db: Db;
  kind: "natural" | "legal";
  checked: CheckedRegistration;
  password: string;
  orgName?: string | null;
  /** The SMS challenge of step 1 and the code the person typed. */
  challenge: string;
  smsCode: string;
  client: string;
  now?: Date;
}

export type RegisterAccountResult =
  | { ok: true; accountId: number }
  | { ok: false; fieldErrors: FieldErrors }
  | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds: number };

const codeRefused: RegisterAccountResult = { ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } };

export async function registerAccount(options: RegisterAccountOptions): Promise<RegisterAccountResult> {
  const { db, kind, checked, client } = options;
  const now = options.now ?? new Date();
  const limits = await takeLimits({ db, limits: registrationSubmitLimits(client, checked.mobile), now });
  if (!limits.allowed) return { ok: false, fieldErrors: {}, retryAfterSeconds: limits.retryAfterSeconds };

  const proven = await confirmMobileCode({ db, challenge: options.challenge, code: options.smsCode, mobile: checked.mobile, purpose: "register", spend: false, now });
  if (!proven) return codeRefused;

  const key = loginNameKey(checked.loginName);
  const uscc = kind === "legal" ? checked.uscc : null;
  const conflicts = await findRegistrationConflicts({ db, loginNameKey: key, uscc });
  const fieldErrors: FieldErrors = {};
  if (conflicts.loginNameTaken) fieldErrors.loginName = ["fieldErrors.loginNameTaken"];
  if (conflicts.usccTaken) fieldErrors.uscc = ["fieldErrors.usccTaken"];
  if (uscc && checked.usccUnchecked && !conflicts.usccTaken && !(await isUsccKnown({ db, uscc }))) {
    fieldErrors.uscc = ["fieldErrors.usccCheckCharacter"];
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const data = {
    type: kind,
    loginName: checked.loginName,
    loginNameKey: key,
    passwordHash: await hashPassword(options.password),
    reservedMobile: checked.mobile,
    orgName: kind === "legal" ? (options.orgName ?? null) : null,
    uscc,
  };
  let accountId: number | null;
  try {
    accountId = await createRegisteredAccount({ db, challenge: options.challenge, data, now });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone registered the same name or code between the check and the insert.
    const targets = uniqueViolationTargets(error).join(",");
    return targets.includes("uscc") ? { ok: false, fieldErrors: { uscc: ["fieldErrors.usccTaken"] } } : { ok: false, fieldErrors: { loginName: ["fieldErrors.loginNameTaken"] } };
  }
  if (accountId === null) return codeRefused;
  await recordAuditEvent({ db, type: "register", actor: accountActor(accountId), client, result: "success", detail: { kind, mobile: maskMobile(checked.mobile) }, now });
  return { ok: true, accountId };
}
