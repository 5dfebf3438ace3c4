"use server";
// The set-password link of an approved appeal: the token comes from the URL (bound by the page),
// the new password from the form; lib/recovery spends the grant and ends every session.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { SetPasswordField, SetPasswordFormState } from "@/components/recovery/form-types";
import { fieldErrorsOf } from "@/lib/accounts/schemas";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { setPasswordSchema } from "@/lib/recovery/schemas";
import { setPasswordWithGrant } from "@/lib/recovery/set-password-with-grant";
import { formFields } from "../../_lib/form-input";
import { translateRecoveryErrors } from "../_lib/action-helpers";

export async function setPasswordAction(token: string, _previous: SetPasswordFormState | null, formData: FormData): Promise<SetPasswordFormState> {
  const parsed = setPasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, fieldErrors: await translateRecoveryErrors<SetPasswordField>(fieldErrorsOf(parsed.error)) };
  const result = await setPasswordWithGrant({ db: db(), token: String(token).slice(0, 100), ...parsed.data, client: await requestClient() });
  if (result.ok) redirect(`/recovery/set-password/done?window=${result.window}`);
  if (result.reason === "policy") return { ok: false, fieldErrors: await translateRecoveryErrors<SetPasswordField>(result.fieldErrors) };
  return { ok: false, formError: (await getTranslations("recovery.setPassword"))("invalidLink") };
}
