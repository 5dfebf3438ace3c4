import "server-only";
// The steps of both appeal forms before the appeal itself: the legal organisation search and pick,
// and the contact mobile's code. Each returns the next stage; actions.ts routes the intents.
import type { AppealField, AppealFormState, AppealStage } from "@/components/recovery/form-types";
import { mobileErrors } from "@/lib/accounts/registration-rules";
import { type FieldErrors, fieldErrorsOf } from "@/lib/accounts/schemas";
import { maskMobile } from "@/lib/audit/mask";
import { requestClient } from "@/lib/audit/request-client";
import { verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { openAppealTicket, sealAppealTicket, type AppealTicket } from "@/lib/recovery/appeal-ticket";
import type { AccountKind } from "@/lib/recovery/reset-rules";
import { appealSendSchema, organisationPickSchema, organisationSearchSchema } from "@/lib/recovery/schemas";
import { searchOrganisations } from "@/lib/recovery/search-organisations";
import { sendAppealCode } from "@/lib/recovery/send-appeal-code";
import { captchaPayloadFrom } from "../../_lib/form-input";
import { freshCaptcha, translateRecoveryErrors, waitMessage } from "../_lib/action-helpers";

type Fields = Record<string, string>;

export async function failWith(errors: FieldErrors, rest: Partial<AppealFormState> & { answered: number }, formError?: string): Promise<AppealFormState> {
  return { ...rest, ok: false, formError, fieldErrors: await translateRecoveryErrors<AppealField>(errors) };
}

/** Legal, 第二步: 输入单位名称，验证码检索单位名称 (the captcha and the limits are lib/recovery's). */
export async function searchStep(fields: Fields, formData: FormData, answered: number): Promise<AppealFormState> {
  const rest = { values: { query: fields.query ?? "" }, captcha: await freshCaptcha("recovery-appeal"), answered };
  const parsed = organisationSearchSchema.safeParse(fields);
  if (!parsed.success) return failWith(fieldErrorsOf(parsed.error), rest);
  const found = await searchOrganisations({ db: db(), query: parsed.data.query, captcha: captchaPayloadFrom(formData), client: await requestClient() });
  if (!found.ok) {
    if (found.reason === "wait") return failWith({}, rest, await waitMessage(found.retryAfterSeconds));
    return failWith(found.reason === "captcha" ? { captcha: ["fieldErrors.captchaInvalid"] } : { query: [`recovery.errors.${found.reason === "tooMany" ? "queryTooMany" : "queryTooShort"}`] }, rest);
  }
  const matches = found.matches.map(({ orgName, usccTail, maskedLoginName }) => ({ orgName, usccTail, maskedLoginName }));
  const ticket = sealAppealTicket({ kind: "legal", candidates: found.matches.map((m) => m.accountId), search: { query: parsed.data.query, matches } });
  return { ok: false, stage: { step: "pick", ticket, matches, query: parsed.data.query }, answered };
}

/**
 * The contact mobile → a code. Natural: the first step, behind the captcha. Legal: with the pick
 * (intent "pick"), behind the search's captcha (the sealed ticket proves it was solved).
 */
export async function contactStep(kind: AccountKind, fields: Fields, formData: FormData, answered: number): Promise<AppealFormState> {
  const existing = fields.ticket ? openAppealTicket(kind, fields.ticket) : null;
  if ((kind === "legal" || fields.ticket) && !existing) return failWith({}, { answered, captcha: await freshCaptcha("recovery-appeal") }, await ticketExpired());
  const picking = kind === "legal" && fields.intent === "pick" && existing?.search !== undefined;
  const stage: AppealStage | null = !existing
    ? null
    : picking && existing.search
      ? { step: "pick", ticket: fields.ticket, matches: existing.search.matches, query: existing.search.query }
      : { step: "contact", ticket: fields.ticket };
  const rest = { values: { mobile: fields.mobile ?? "" }, stage, captcha: existing ? null : await freshCaptcha("recovery-appeal"), answered };
  const parsed = appealSendSchema.safeParse(fields);
  if (!parsed.success) return failWith(fieldErrorsOf(parsed.error), rest);
  let ticket: AppealTicket = existing ?? { kind };
  if (picking) {
    const pick = organisationPickSchema.safeParse(fields);
    if (!pick.success) return failWith(fieldErrorsOf(pick.error), rest);
    const index = pick.data.pick === "none" ? null : Number(pick.data.pick);
    if (index !== null && index >= (ticket.candidates?.length ?? 0)) return failWith({ pick: ["recovery.errors.pickRequired"] }, rest);
    ticket = { ...ticket, picked: index };
  }
  const mobile = mobileErrors(parsed.data.mobile);
  if (mobile.errors.length) return failWith({ mobile: mobile.errors }, rest);
  if (!existing && !(await verifyFormCaptcha(captchaPayloadFrom(formData), "recovery-appeal"))) return failWith({ captcha: ["fieldErrors.captchaInvalid"] }, rest);
  const sent = await sendAppealCode({ db: db(), mobile: mobile.value, client: await requestClient() });
  if (!sent.ok) return failWith({}, rest, await waitMessage(sent.retryAfterSeconds));
  const next = sealAppealTicket({ ...ticket, contact: { mobile: mobile.value, challenge: sent.challenge } });
  return { ok: false, stage: { step: "details", ticket: next, maskedMobile: maskMobile(mobile.value) }, answered };
}

/** 更换手机号: back to the contact step, keeping the search and pick. */
export async function backStep(kind: AccountKind, fields: Fields, answered: number): Promise<AppealFormState> {
  const ticket = openAppealTicket(kind, fields.ticket);
  if (!ticket) return failWith({}, { answered, captcha: await freshCaptcha("recovery-appeal") }, await ticketExpired());
  return { ok: false, stage: { step: "contact", ticket: sealAppealTicket({ ...ticket, contact: undefined }) }, answered };
}

export async function ticketExpired(): Promise<string | undefined> {
  return (await translateRecoveryErrors<"form">({ form: ["recovery.errors.ticketExpired"] })).form;
}
