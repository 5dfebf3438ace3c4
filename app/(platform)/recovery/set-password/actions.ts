"use server";
// The set-password link of an approved appeal, through the one form-action adapter: anyone holding
// the link may try (the token is the authority, checked by lib/recovery) → zod → the grant is spent
// and every session ends → the success page, told by a short-lived flash.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { SetPasswordField, SetPasswordFormState } from "@/components/recovery/form-types";
import { formAction } from "@/lib/actions/form-action";
import { type FieldErrors, fieldErrorsOf } from "@/lib/accounts/schemas";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { setPasswordSchema } from "@/lib/recovery/schemas";
import { setPasswordWithGrant } from "@/lib/recovery/set-password-with-grant";
import { translateRecoveryErrors } from "../_lib/action-helpers";
import { setDoneFlash } from "../_lib/done-cookie";

const withFieldErrors = async (errors: FieldErrors): Promise<SetPasswordFormState> => ({
  ok: false,
  fieldErrors: await translateRecoveryErrors<SetPasswordField>(errors),
});

export async function setPasswordAction(token: string, previous: SetPasswordFormState | null, formData: FormData): Promise<SetPasswordFormState> {
  return formAction<z.infer<typeof setPasswordSchema>, string, SetPasswordFormState>({
    name: "recovery.set-password",
    authorise: async () => String(token).slice(0, 100),
    schema: setPasswordSchema,
    invalid: (issues) => withFieldErrors(fieldErrorsOf({ issues })),
    failed: (formError): SetPasswordFormState => ({ ok: false, formError }),
    run: async ({ input, actor: grantToken }): Promise<SetPasswordFormState> => {
      const result = await setPasswordWithGrant({ db: db(), token: grantToken, ...input, client: await requestClient() });
      if (result.ok) {
        await setDoneFlash({ flow: "set-password", window: result.window });
        redirect("/recovery/set-password/done");
      }
      if (result.reason === "policy") return withFieldErrors(result.fieldErrors);
      return { ok: false, formError: (await getTranslations("recovery.setPassword"))("invalidLink") };
    },
  })(previous, formData);
}
