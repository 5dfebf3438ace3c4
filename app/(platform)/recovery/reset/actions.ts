"use server";
// 登录名重置密码 (seed 三 1-1, 2-1) as one form in three steps, each a plain HTML form:
// (1) login name + captcha; (2) reserved mobile (+ organisation name and USCC) → 获取验证码;
// (3) code + new password → 确定. lib/recovery keeps the answers identical for unknown names.
import { redirect } from "next/navigation";
import type { ResetField, ResetFormState, ResetStage } from "@/components/recovery/form-types";
import { mobileErrors } from "@/lib/accounts/registration-rules";
import { type FieldErrors, fieldErrorsOf } from "@/lib/accounts/schemas";
import { maskMobile } from "@/lib/audit/mask";
import { requestClient } from "@/lib/audit/request-client";
import { verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { checkUsccField } from "@/lib/recovery/appeal-rules";
import { resetPassword } from "@/lib/recovery/reset-password";
import type { AccountKind } from "@/lib/recovery/reset-rules";
import { openResetTicket } from "@/lib/recovery/reset-ticket";
import { resetConfirmSchema, resetSendLegalSchema, resetSendNaturalSchema, resetStartSchema } from "@/lib/recovery/schemas";
import { sendResetCode } from "@/lib/recovery/send-reset-code";
import { startReset } from "@/lib/recovery/start-reset";
import { captchaPayloadFrom, formFields } from "../../_lib/form-input";
import { freshCaptcha, sendAfterResponse, translateRecoveryErrors, waitMessage } from "../_lib/action-helpers";
import { setDoneFlash } from "../_lib/done-cookie";

export async function resetAction(kind: AccountKind, previous: ResetFormState | null, formData: FormData): Promise<ResetFormState> {
  const fields = formFields(formData);
  const answered = (previous?.answered ?? 0) + 1;
  if (fields.intent === "send") return send(kind, fields, answered);
  if (fields.intent === "confirm") return confirm(kind, fields, answered);
  if (fields.intent === "back") return back(kind, fields, answered);
  return start(kind, fields, formData, answered);
}

/** A lost or expired ticket starts the form again, with a message saying why. */
async function restart(answered: number): Promise<ResetFormState> {
  return { ok: false, formError: (await translateRecoveryErrors<"form">({ form: ["recovery.errors.ticketExpired"] })).form, captcha: await freshCaptcha("recovery-reset"), answered };
}

async function start(kind: AccountKind, fields: Record<string, string>, formData: FormData, answered: number): Promise<ResetFormState> {
  const values = { loginName: fields.loginName ?? "" };
  const fail = async (errors: FieldErrors, formError?: string): Promise<ResetFormState> => ({
    ok: false,
    formError,
    fieldErrors: await translateRecoveryErrors<ResetField>(errors),
    values,
    captcha: await freshCaptcha("recovery-reset"),
    answered,
  });
  const parsed = resetStartSchema.safeParse(fields);
  if (!parsed.success) return fail(fieldErrorsOf(parsed.error));
  if (!(await verifyFormCaptcha(captchaPayloadFrom(formData), "recovery-reset"))) return fail({ captcha: ["fieldErrors.captchaInvalid"] });
  const started = await startReset({ db: db(), kind, loginName: parsed.data.loginName, client: await requestClient() });
  if (!started.ok) return fail({}, await waitMessage(started.retryAfterSeconds));
  return { ok: false, stage: { step: "details", ticket: started.ticket, loginName: started.loginName }, answered };
}

async function send(kind: AccountKind, fields: Record<string, string>, answered: number): Promise<ResetFormState> {
  const ticket = openResetTicket(fields.ticket);
  if (!ticket || ticket.kind !== kind) return restart(answered);
  const stage: ResetStage = { step: "details", ticket: fields.ticket, loginName: ticket.loginName };
  const values = { mobile: fields.mobile ?? "", orgName: fields.orgName ?? "", uscc: fields.uscc ?? "" };
  const fail = async (errors: FieldErrors, formError?: string): Promise<ResetFormState> => ({
    ok: false,
    formError,
    fieldErrors: await translateRecoveryErrors<ResetField>(errors),
    values,
    stage,
    answered,
  });
  const parsed = kind === "legal" ? resetSendLegalSchema.safeParse(fields) : resetSendNaturalSchema.safeParse(fields);
  if (!parsed.success) return fail(fieldErrorsOf(parsed.error));
  const input: { mobile: string; orgName?: string; uscc?: string } = parsed.data;
  const errors: FieldErrors = {};
  const mobile = mobileErrors(input.mobile);
  if (mobile.errors.length) errors.mobile = mobile.errors;
  let uscc: string | null = null;
  if (input.uscc !== undefined) {
    // Shape only: a check-character mismatch is left to the comparison (early codes are genuine).
    const checked = checkUsccField(input.uscc);
    if (checked.ok) uscc = checked.uscc;
    else Object.assign(errors, checked.fieldErrors);
  }
  if (Object.keys(errors).length) return fail(errors);
  const details = { mobile: mobile.value, orgName: input.orgName ?? null, uscc };
  const sent = await sendResetCode({ db: db(), ticket: { ...ticket, sent: undefined }, details, client: await requestClient(), provider: sendAfterResponse() });
  if (!sent.ok) return fail({}, await waitMessage(sent.retryAfterSeconds));
  return { ok: false, stage: { step: "confirm", ticket: sent.ticket, loginName: ticket.loginName, maskedMobile: maskMobile(mobile.value) }, answered };
}

async function confirm(kind: AccountKind, fields: Record<string, string>, answered: number): Promise<ResetFormState> {
  const ticket = openResetTicket(fields.ticket);
  if (!ticket?.sent || ticket.kind !== kind) return restart(answered);
  const sent = ticket.sent;
  const stage: ResetStage = { step: "confirm", ticket: fields.ticket, loginName: ticket.loginName, maskedMobile: maskMobile(sent.mobile) };
  const fail = async (errors: FieldErrors, formError?: string): Promise<ResetFormState> => ({
    ok: false,
    formError,
    fieldErrors: await translateRecoveryErrors<ResetField>(errors),
    stage,
    answered,
  });
  const parsed = resetConfirmSchema.safeParse(fields);
  if (!parsed.success) return fail(fieldErrorsOf(parsed.error));
  const { smsCode, newPassword, newPasswordConfirm } = parsed.data;
  const result = await resetPassword({ db: db(), ticket: { ...ticket, sent }, smsCode, newPassword, newPasswordConfirm, client: await requestClient() });
  if (!result.ok) return fail(result.fieldErrors ?? {}, result.retryAfterSeconds ? await waitMessage(result.retryAfterSeconds) : undefined);
  await setDoneFlash({ flow: "reset", window: kind });
  redirect(`/recovery/reset/${kind}/done`);
}

/** 重新填写: back to step 2 with the same login name; the details are asked for (and a code sent) again. */
async function back(kind: AccountKind, fields: Record<string, string>, answered: number): Promise<ResetFormState> {
  const ticket = openResetTicket(fields.ticket);
  if (!ticket || ticket.kind !== kind) return restart(answered);
  return { ok: false, stage: { step: "details", ticket: fields.ticket, loginName: ticket.loginName }, answered };
}
