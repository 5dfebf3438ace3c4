import "server-only";
// The appeal's details and the contact mobile's code. Accepted, they wait (sealed, in an HttpOnly
// cookie) for the documents, which the next form posts to the route handler.
import type { AppealFormState } from "@/components/recovery/form-types";
import { fieldErrorsOf } from "@/lib/accounts/schemas";
import { maskMobile } from "@/lib/audit/mask";
import { db } from "@/lib/db";
import { openAppealTicket } from "@/lib/recovery/appeal-ticket";
import { confirmAppealDetails, type AppealDetailsInput } from "@/lib/recovery/confirm-appeal-details";
import type { AccountKind } from "@/lib/recovery/reset-rules";
import { legalAppealSchema, naturalAppealSchema } from "@/lib/recovery/schemas";
import { freshCaptcha } from "../_lib/action-helpers";
import { setConfirmedAppeal } from "./_lib/appeal-cookies";
import { failWith, ticketExpired } from "./steps";

export async function detailsStep(kind: AccountKind, fields: Record<string, string>, answered: number): Promise<AppealFormState> {
  const ticket = openAppealTicket(kind, fields.ticket);
  const contact = ticket?.contact;
  if (!ticket || !contact) return failWith({}, { answered, captcha: await freshCaptcha("recovery-appeal") }, await ticketExpired());
  const { smsCode: _code, ticket: _ticket, ...values } = fields;
  const rest = { values, stage: { step: "details" as const, ticket: fields.ticket, maskedMobile: maskMobile(contact.mobile) }, answered };
  let input: AppealDetailsInput;
  let smsCode: string;
  if (kind === "natural") {
    const parsed = naturalAppealSchema.safeParse(fields);
    if (!parsed.success) return failWith(fieldErrorsOf(parsed.error), rest);
    input = { kind, personName: parsed.data.personName, idNumber: parsed.data.idNumber, reason: parsed.data.reason };
    smsCode = parsed.data.smsCode;
  } else {
    const parsed = legalAppealSchema.safeParse(fields);
    if (!parsed.success) return failWith(fieldErrorsOf(parsed.error), rest);
    input = { kind, orgName: parsed.data.orgName, uscc: parsed.data.uscc, legalRepName: parsed.data.legalRepName, reason: parsed.data.reason };
    smsCode = parsed.data.smsCode;
  }
  const confirmed = await confirmAppealDetails({ db: db(), ticket: { ...ticket, contact }, input, smsCode });
  if (!confirmed.ok) return failWith(confirmed.fieldErrors, rest);
  await setConfirmedAppeal(confirmed.ticket);
  return { ok: false, stage: { step: "documents" }, answered };
}
