"use server";
// 查询申诉进度 without logging in: reference + mobile + captcha → a code to that mobile (only if
// both belong to one appeal; the answer is the same otherwise) → the code → the status.
import type { StatusField, StatusFormState } from "@/components/recovery/form-types";
import { mobileErrors } from "@/lib/accounts/registration-rules";
import { type FieldErrors, fieldErrorsOf } from "@/lib/accounts/schemas";
import { maskMobile } from "@/lib/audit/mask";
import { requestClient } from "@/lib/audit/request-client";
import { verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { normaliseCaseReference } from "@/lib/cases/case-reference";
import { db } from "@/lib/db";
import { readAppealStatus } from "@/lib/recovery/read-appeal-status";
import { statusConfirmSchema, statusSendSchema } from "@/lib/recovery/schemas";
import { sendStatusCode } from "@/lib/recovery/send-status-code";
import { openStatusTicket } from "@/lib/recovery/status-ticket";
import { captchaPayloadFrom, formFields } from "../../_lib/form-input";
import { freshCaptcha, sendAfterResponse, translateRecoveryErrors, waitMessage } from "../_lib/action-helpers";

const format = (date: Date) => date.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });

export async function statusAction(previous: StatusFormState | null, formData: FormData): Promise<StatusFormState> {
  const fields = formFields(formData);
  const answered = (previous?.answered ?? 0) + 1;
  return fields.intent === "confirm" ? confirm(fields, answered) : send(fields, formData, answered);
}

async function send(fields: Record<string, string>, formData: FormData, answered: number): Promise<StatusFormState> {
  const values = { reference: fields.reference ?? "", mobile: fields.mobile ?? "" };
  const fail = async (errors: FieldErrors, formError?: string): Promise<StatusFormState> => ({
    ok: false,
    formError,
    fieldErrors: await translateRecoveryErrors<StatusField>(errors),
    values,
    captcha: await freshCaptcha("recovery-status"),
    answered,
  });
  const parsed = statusSendSchema.safeParse(fields);
  if (!parsed.success) return fail(fieldErrorsOf(parsed.error));
  const mobile = mobileErrors(parsed.data.mobile);
  if (mobile.errors.length) return fail({ mobile: mobile.errors });
  if (!(await verifyFormCaptcha(captchaPayloadFrom(formData), "recovery-status"))) return fail({ captcha: ["fieldErrors.captchaInvalid"] });
  const sent = await sendStatusCode({ db: db(), reference: normaliseCaseReference(parsed.data.reference), mobile: mobile.value, client: await requestClient(), provider: sendAfterResponse() });
  if (!sent.ok) return fail({}, await waitMessage(sent.retryAfterSeconds));
  return { ok: false, stage: { ticket: sent.ticket, maskedMobile: maskMobile(mobile.value) }, answered };
}

async function confirm(fields: Record<string, string>, answered: number): Promise<StatusFormState> {
  const ticket = openStatusTicket(fields.ticket);
  if (!ticket) {
    const errors = await translateRecoveryErrors<"form">({ form: ["recovery.errors.ticketExpired"] });
    return { ok: false, formError: errors.form, captcha: await freshCaptcha("recovery-status"), answered };
  }
  const stage = { ticket: fields.ticket, maskedMobile: maskMobile(ticket.mobile) };
  const parsed = statusConfirmSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, fieldErrors: await translateRecoveryErrors<StatusField>(fieldErrorsOf(parsed.error)), stage, answered };
  const read = await readAppealStatus({ db: db(), ticket, smsCode: parsed.data.smsCode, client: await requestClient() });
  if (!read.ok) {
    if (read.reason === "limited") return { ok: false, formError: await waitMessage(read.retryAfterSeconds), stage, answered };
    return { ok: false, fieldErrors: await translateRecoveryErrors<StatusField>({ smsCode: ["fieldErrors.smsCodeInvalid"] }), stage, answered };
  }
  const { status } = read;
  return {
    ok: true,
    answered,
    data: {
      reference: status.reference,
      kind: status.type === "appeal-legal" ? "legal" : "natural",
      status: status.status,
      reason: status.reason,
      submittedAt: format(status.submittedAt),
      decidedAt: status.decidedAt ? format(status.decidedAt) : null,
    },
  };
}
