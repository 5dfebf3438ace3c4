"use server";
// The two login windows (issue 5 §2) through the one form-action adapter: anyone may try → zod →
// lib/accounts logIn → cookie → redirect. Unknown name and wrong password come back as the very
// same state; a failure of ours (the database down) comes back in words with a reference instead
// of a bare "Internal Server Error" (the adapter logs it once).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { LoginFormState } from "@/components/platform/form-types";
import { formAction } from "@/lib/actions/form-action";
import { logIn } from "@/lib/accounts/log-in";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { safeNextPath } from "@/lib/accounts/notices";
import { fieldErrorsOf, loginSchema } from "@/lib/accounts/schemas";
import { requestClient } from "@/lib/audit/request-client";
import { createFormCaptcha, verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { deleteSession } from "@/lib/sessions/delete-session";
import { readSessionToken, setSessionCookie } from "@/lib/sessions/session-cookie";
import { captchaPayloadFrom, translateFieldErrors } from "../_lib/form-input";

async function freshCaptcha() {
  const captcha = await createFormCaptcha("login");
  return { enabled: captcha.enabled, arithmetic: captcha.arithmetic };
}

type Posted = { fields: Record<string, string>; previous: LoginFormState | null };
const kept = ({ fields, previous }: Posted) => ({ values: { loginName: fields.loginName ?? "" }, answered: (previous?.answered ?? 0) + 1 });

const logInForm = formAction<z.infer<typeof loginSchema>, null, LoginFormState>({
  name: "platform.login",
  authorise: async () => null,
  schema: loginSchema,
  invalid: async (issues, posted) => ({
    ok: false,
    fieldErrors: await translateFieldErrors(fieldErrorsOf({ issues })),
    captcha: posted.previous?.captcha,
    ...kept(posted),
  }),
  failed: (formError, posted) => ({ ok: false, formError, captcha: posted.previous?.captcha, ...kept(posted) }),
  run: async ({ input, formData, ...posted }): Promise<LoginFormState> => {
    const t = await getTranslations("platform.login");
    const { window, loginName, password } = input;
    const result = await logIn({
      db: db(),
      window,
      loginName,
      password,
      client: await requestClient(),
      checkCaptcha: () => verifyFormCaptcha(captchaPayloadFrom(formData), "login"),
    });
    switch (result.kind) {
      case "success": {
        // The session this browser had before (if any) ends: one browser, one session.
        await deleteSession({ db: db(), token: await readSessionToken() });
        await setSessionCookie(result.token, result.expiresAt);
        redirect(safeNextPath(input.next) ?? "/account");
      }
      case "wrongWindow":
        return { ok: false, formError: t(result.window === "legal" ? "wrongWindowLegal" : "wrongWindowNatural"), otherWindow: result.window, ...kept(posted) };
      case "captchaRequired":
        return {
          ok: false,
          formError: t("captchaRequired"),
          fieldErrors: { captcha: (await getTranslations("platform.fieldErrors"))("captchaInvalid") },
          captcha: await freshCaptcha(),
          ...kept(posted),
        };
      case "locked":
        return { ok: false, formError: t("locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }), ...kept(posted) };
      case "invalidCredentials":
        return {
          ok: false,
          formError: result.retryAfterSeconds ? t("locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }) : t("invalidCredentials"),
          captcha: result.captchaRequired ? await freshCaptcha() : null,
          ...kept(posted),
        };
    }
  },
});

export async function logInAction(previous: LoginFormState | null, formData: FormData): Promise<LoginFormState> {
  return logInForm(previous, formData);
}
