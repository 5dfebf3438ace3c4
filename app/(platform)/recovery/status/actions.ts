"use server";
// 查询申诉进度 without logging in, through the one form-action adapter: reference + mobile +
// captcha → a code to that mobile (only if both belong to one appeal; the answer is the same
// otherwise) → the code → the status. A failure of ours comes back in words with a reference (the
// adapter logs it once), what was typed kept.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { StatusField, StatusFormState } from "@/components/recovery/form-types";
import { formAction } from "@/lib/actions/form-action";
import type { FormFields } from "@/lib/actions/form-fields";
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
import { captchaPayloadFrom } from "../../_lib/form-input";
import { freshCaptcha, sendAfterResponse, translateRecoveryErrors, waitMessage } from "../_lib/action-helpers";

const format = (date: Date) => date.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });
const answeredOf = (previous: StatusFormState | null) => (previous?.answered ?? 0) + 1;

/** The first step shown again: the reasons, what was typed, a fresh captcha. */
async function sendRefused(fields: FormFields, answered: number, errors: FieldErrors, formError?: string): Promise<StatusFormState> {
  return {
    ok: false,
    formError,
    fieldErrors: await translateRecoveryErrors<StatusField>(errors),
    values: { reference: fields.reference ?? "", mobile: fields.mobile ?? "" },
    captcha: await freshCaptcha("recovery-status"),
    answered,
  };
}

/** Words for the whole form: on the code step while its ticket holds, otherwise on the first step. */
async function refused(fields: FormFields, answered: number, formError: string): Promise<StatusFormState> {
  const ticket = fields.intent === "confirm" ? openStatusTicket(fields.ticket) : null;
  if (!ticket) return sendRefused(fields, answered, {}, formError);
  return { ok: false, formError, stage: { ticket: fields.ticket ?? "", maskedMobile: maskMobile(ticket.mobile) }, answered };
}

const status = formAction<FormFields, null, StatusFormState>({
  name: "recovery.status",
  authorise: async () => null,
  // Every posted text field; each step parses its own with the shared schemas.
  schema: z.record(z.string(), z.string().max(10_000)),
  invalid: async (_issues, { fields, previous }) => refused(fields, answeredOf(previous), (await getTranslations("platform"))("fieldErrors.required")),
  failed: (formError, { fields, previous }) => refused(fields, answeredOf(previous), formError),
  run: ({ input, formData, previous }) => (input.intent === "confirm" ? confirm(input, answeredOf(previous)) : send(input, formData, answeredOf(previous))),
});

export async function statusAction(previous: StatusFormState | null, formData: FormData): Promise<StatusFormState> {
  return status(previous, formData);
}

async function send(fields: FormFields, formData: FormData, answered: number): Promise<StatusFormState> {
  const parsed = statusSendSchema.safeParse(fields);
  if (!parsed.success) return sendRefused(fields, answered, fieldErrorsOf(parsed.error));
  const mobile = mobileErrors(parsed.data.mobile);
  if (mobile.errors.length) return sendRefused(fields, answered, { mobile: mobile.errors });
  if (!(await verifyFormCaptcha(captchaPayloadFrom(formData), "recovery-status"))) return sendRefused(fields, answered, { captcha: ["fieldErrors.captchaInvalid"] });
  const sent = await sendStatusCode({ db: db(), reference: normaliseCaseReference(parsed.data.reference), mobile: mobile.value, client: await requestClient(), provider: sendAfterResponse() });
  if (!sent.ok) return sendRefused(fields, answered, {}, await waitMessage(sent.retryAfterSeconds));
  return { ok: false, stage: { ticket: sent.ticket, maskedMobile: maskMobile(mobile.value) }, answered };
}

async function confirm(fields: FormFields, answered: number): Promise<StatusFormState> {
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
