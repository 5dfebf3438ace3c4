import "server-only";
// Registration (issue 5 §1): availability first (before an SMS code is spent), then the code,
// then one insert whose unique keys (loginNameKey, uscc) settle any race between two people.
import { accountActor, maskMobile } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { findRegistrationConflicts } from "@/lib/db/accounts/find-registration-conflicts";
import { isUsccKnown } from "@/lib/db/accounts/is-uscc-known";
import { loginNameKey } from "./login-names";
import type { CheckedRegistration } from "./registration-rules";
import type { FieldErrors } from "./schemas";
import { isUniqueViolation, uniqueViolationTargets } from "./unique-violation";

export interface RegisterAccountOptions {
  db: Db;
  kind: "natural" | "legal";
  checked: CheckedRegistration;
  password: string;
  orgName?: string | null;
  /** Spends the SMS code; true when it matched this mobile and the purpose `register`. */
  confirmMobile: () => Promise<boolean>;
  client: string;
  now?: Date;
}

export type RegisterAccountResult = { ok: true; accountId: number } | { ok: false; fieldErrors: FieldErrors };

export async function registerAccount(options: RegisterAccountOptions): Promise<RegisterAccountResult> {
  const { db, kind, checked, client } = options;
  const now = options.now ?? new Date();
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

  if (!(await options.confirmMobile())) return { ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } };

  try {
    const account = await db.platformAccount.create({
      data: {
        type: kind,
        loginName: checked.loginName,
        loginNameKey: key,
        passwordHash: await hashPassword(options.password),
        reservedMobile: checked.mobile,
        orgName: kind === "legal" ? (options.orgName ?? null) : null,
        uscc,
        origin: "registered",
        passwordChangedAt: now,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAuditEvent({
      db,
      type: "register",
      actor: accountActor(account.id),
      client,
      result: "success",
      detail: { kind, mobile: maskMobile(checked.mobile) },
      now,
    });
    return { ok: true, accountId: account.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone registered the same name or code between the check and the insert.
    const targets = uniqueViolationTargets(error).join(",");
    return targets.includes("uscc")
      ? { ok: false, fieldErrors: { uscc: ["fieldErrors.usccTaken"] } }
      : { ok: false, fieldErrors: { loginName: ["fieldErrors.loginNameTaken"] } };
  }
}
