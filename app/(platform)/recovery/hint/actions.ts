"use server";
// The E-R4 hint: USCC + captcha → the legal account's masked login name and mobile on the page,
// the full login name by SMS to the account's reserved mobile (lib/recovery/send-login-name-hint).
import type { HintField, HintFormState } from "@/components/recovery/form-types";
import { fieldErrorsOf, type FieldErrors } from "@/lib/accounts/schemas";
import { requestClient } from "@/lib/audit/request-client";
import { verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { checkUsccField } from "@/lib/recovery/appeal-rules";
import { hintSchema } from "@/lib/recovery/schemas";
import { sendLoginNameHint } from "@/lib/recovery/send-login-name-hint";
import { captchaPayloadFrom, formFields } from "../../_lib/form-input";
import { freshCaptcha, translateRecoveryErrors, waitMessage } from "../_lib/action-helpers";

export async function hintAction(previous: HintFormState | null, formData: FormData): Promise<HintFormState> {
  const fields = formFields(formData);
  const answered = (previous?.answered ?? 0) + 1;
  const values = { uscc: fields.uscc ?? "" };
  const fail = async (errors: FieldErrors, formError?: string): Promise<HintFormState> => ({
    ok: false,
    formError,
    fieldErrors: await translateRecoveryErrors<HintField>(errors),
    values,
    captcha: await freshCaptcha("recovery-hint"),
    answered,
  });
  const parsed = hintSchema.safeParse(fields);
  if (!parsed.success) return fail(fieldErrorsOf(parsed.error));
  const uscc = checkUsccField(parsed.data.uscc);
  if (!uscc.ok) return fail(uscc.fieldErrors);
  if (!(await verifyFormCaptcha(captchaPayloadFrom(formData), "recovery-hint"))) return fail({ captcha: ["fieldErrors.captchaInvalid"] });
  const result = await sendLoginNameHint({ db: db(), uscc: uscc.uscc, client: await requestClient() });
  if (!result.ok) return fail({}, await waitMessage(result.retryAfterSeconds));
  const data = result.found ? { found: true as const, maskedLoginName: result.maskedLoginName, maskedMobile: result.maskedMobile, smsSent: result.smsSent } : { found: false as const };
  return { ok: true, data, captcha: await freshCaptcha("recovery-hint"), answered };
}
