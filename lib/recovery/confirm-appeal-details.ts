import "server-only";
// The appeal's own step: the typed details and the code sent to the contact mobile. The code is
// spent here (right code, purpose `recovery`, sent to this ticket's mobile); the details are
// checked and kept, sealed, for the documents step that opens the case.
import type { FieldErrors } from "@/lib/accounts/schemas";
import type { Db } from "@/lib/db";
import { verifySmsCode } from "@/lib/sms/codes";
import { SmsCodeError } from "@/lib/sms/errors";
import { checkLegalAppeal, checkNaturalAppeal } from "./appeal-rules";
import type { AppealTicket } from "./appeal-ticket";

export type AppealDetailsInput =
  | { kind: "natural"; personName: string; idNumber: string; reason: string }
  | { kind: "legal"; orgName: string; uscc: string; legalRepName: string; reason: string };

export type ConfirmAppealDetailsResult = { ok: true; ticket: AppealTicket } | { ok: false; fieldErrors: FieldErrors };

export async function confirmAppealDetails(options: {
  db: Db;
  ticket: AppealTicket & { contact: NonNullable<AppealTicket["contact"]> };
  input: AppealDetailsInput;
  smsCode: string;
  now?: Date;
}): Promise<ConfirmAppealDetailsResult> {
  const { ticket, input } = options;
  let details: Record<string, string>;
  if (input.kind === "natural") {
    const checked = checkNaturalAppeal(input, options.now);
    if (!checked.ok) return checked;
    details = { personName: input.personName, idNumber: checked.idNumber, reason: input.reason };
  } else {
    const checked = checkLegalAppeal(input);
    if (!checked.ok) return checked;
    details = { orgName: input.orgName, uscc: checked.uscc, legalRepName: input.legalRepName, reason: input.reason };
  }
  try {
    const sentTo = await verifySmsCode({ db: options.db, challenge: ticket.contact.challenge, code: options.smsCode, purpose: "recovery", now: options.now });
    if (sentTo !== ticket.contact.mobile) return { ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } };
  } catch (error) {
    if (!(error instanceof SmsCodeError)) throw error;
    return { ok: false, fieldErrors: { smsCode: ["fieldErrors.smsCodeInvalid"] } };
  }
  const picked = ticket.picked ?? null;
  const pickedAccountId = picked === null ? null : (ticket.candidates?.[picked] ?? null);
  const mobile = ticket.contact.mobile;
  return { ok: true, ticket: { kind: ticket.kind, confirmed: { mobile, details: { ...details, contactMobile: mobile }, pickedAccountId } } };
}
