"use server";
// The two login windows (issue 5 §2): zod → lib/accounts logIn → cookie → redirect. Unknown name
// and wrong password come back as the very same state.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { LoginFormState } from "@/components/platform/form-types";
import { logIn } from "@/lib/accounts/log-in";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { safeNextPath } from "@/lib/accounts/notices";
import { fieldErrorsOf, loginSchema } from "@/lib/accounts/schemas";
import { requestClient } from "@/lib/audit/request-client";
import { createFormCaptcha, verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { deleteSession } from "@/lib/sessions/delete-session";
import { readSessionToken, setSessionCookie } from "@/lib/sessions/session-cookie";
import { captchaPayloadFrom, formFields, translateFieldErrors } from "../_lib/form-input";

async function freshCaptcha() {
  const captcha = await createFormCaptcha("login");
  return { enabled: captcha.enabled, arithmetic: captcha.arithmetic };
}

export async function logInAction(previous: LoginFormState | null, formData: FormData): Promise<LoginFormState> {
  const t = await getTranslations("platform.login");
  const fields = formFields(formData);
  const values = { loginName: fields.loginName ?? "" };
  const answered = (previous?.answered ?? 0) + 1;
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false, fieldErrors: await translateFieldErrors(fieldErrorsOf(parsed.error)), values, captcha: previous?.captcha, answered };
  }
  const { window, loginName, password } = parsed.data;
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
      const next = safeNextPath(parsed.data.next);
      redirect(next ?? "/account");
    }
    case "wrongWindow":
      return {
        ok: false,
        formError: t(result.window === "legal" ? "wrongWindowLegal" : "wrongWindowNatural"),
        otherWindow: result.window,
        values,
        answered,
      };
    case "captchaRequired":
      return {
        ok: false,
        formError: t("captchaRequired"),
        fieldErrors: { captcha: (await getTranslations("platform.fieldErrors"))("captchaInvalid") },
        values,
        captcha: await freshCaptcha(),
        answered,
      };
    case "locked":
      return { ok: false, formError: t("locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }), values, answered };
    case "invalidCredentials":
      return {
        ok: false,
        formError: result.retryAfterSeconds
          ? t("locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) })
          : t("invalidCredentials"),
        values,
        captcha: result.captchaRequired ? await freshCaptcha() : null,
        answered,
      };
  }
}
