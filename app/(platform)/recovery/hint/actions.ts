"use server";
// The E-R4 hint through the one form-action adapter: anyone may ask → zod → USCC + captcha → the
// legal account's masked login name and mobile on the page, the full login name by SMS to the
// account's reserved mobile (lib/recovery/send-login-name-hint). A failure of ours comes back in
// words with a reference (the adapter logs it once), the code typed kept.
import type { z } from "zod";
import type { HintField, HintFormState } from "@/components/recovery/form-types";
import { formAction, type FormActionInput } from "@/lib/actions/form-action";
import { fieldErrorsOf, type FieldErrors } from "@/lib/accounts/schemas";
import { requestClient } from "@/lib/audit/request-client";
import { verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { checkUsccField } from "@/lib/recovery/appeal-rules";
import { hintSchema } from "@/lib/recovery/schemas";
import { sendLoginNameHint } from "@/lib/recovery/send-login-name-hint";
import { captchaPayloadFrom } from "../../_lib/form-input";
import { freshCaptcha, translateRecoveryErrors, waitMessage } from "../_lib/action-helpers";

type Posted = FormActionInput<HintFormState>;

/** A refusal: the reasons beside their fields, the code typed kept, a fresh captcha. */
const refused = async ({ fields, previous }: Posted, errors: FieldErrors, formError?: string): Promise<HintFormState> => ({
  ok: false,
  formError,
  fieldErrors: await translateRecoveryErrors<HintField>(errors),
  values: { uscc: fields.uscc ?? "" },
  captcha: await freshCaptcha("recovery-hint"),
  answered: (previous?.answered ?? 0) + 1,
});

const hint = formAction<z.infer<typeof hintSchema>, null, HintFormState>({
  name: "recovery.hint",
  authorise: async () => null,
  schema: hintSchema,
  invalid: (issues, posted) => refused(posted, fieldErrorsOf({ issues })),
  failed: (formError, posted) => refused(posted, {}, formError),
  run: async (posted) => {
    const { input, formData } = posted;
    const uscc = checkUsccField(input.uscc);
    if (!uscc.ok) return refused(posted, uscc.fieldErrors);
    if (!(await verifyFormCaptcha(captchaPayloadFrom(formData), "recovery-hint"))) return refused(posted, { captcha: ["fieldErrors.captchaInvalid"] });
    const result = await sendLoginNameHint({ db: db(), uscc: uscc.uscc, client: await requestClient() });
    if (!result.ok) return refused(posted, {}, await waitMessage(result.retryAfterSeconds));
    const data = result.found ? { found: true as const, maskedLoginName: result.maskedLoginName, maskedMobile: result.maskedMobile, smsSent: result.smsSent } : { found: false as const };
    return { ok: true, data, captcha: await freshCaptcha("recovery-hint"), answered: (posted.previous?.answered ?? 0) + 1 };
  },
});

export async function hintAction(previous: HintFormState | null, formData: FormData): Promise<HintFormState> {
  return hint(previous, formData);
}
