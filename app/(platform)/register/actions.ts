"use server";
// Registration (issue 5 §1) in two steps that work without JavaScript: (1) mobile + captcha →
// an SMS code is sent; (2) the details + the code → the account is created, and the new account's
// login window follows, carrying `next` (a hidden field of both steps) back to the guide's step.
// Through the one form-action adapter: anything unexpected is logged once with a reference.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { RegisterField, RegisterFormState } from "@/components/platform/form-types";
import { confirmMobileCode } from "@/lib/accounts/confirm-mobile-code";
import { registerAccount } from "@/lib/accounts/register-account";
import { checkRegistration, mobileErrors } from "@/lib/accounts/registration-rules";
import { afterRegistration } from "@/lib/accounts/return-to";
import { type FieldErrors, fieldErrorsOf, legalRegistrationSchema, naturalRegistrationSchema, sendCodeSchema } from "@/lib/accounts/schemas";
import { sendAccountCode } from "@/lib/accounts/send-account-code";
import { requestClient } from "@/lib/audit/request-client";
import { createCaptcha, verifyCaptcha } from "@/lib/captcha/captcha";
import { db } from "@/lib/db";
import { formAction } from "@/lib/actions/form-action";
import { captchaPayloadFrom, moveFieldErrors, translateFieldErrors } from "../_lib/form-input";

type Kind = "natural" | "legal";

async function freshCaptcha() {
  const captcha = await createCaptcha();
  return { enabled: captcha.enabled, arithmetic: captcha.arithmetic };
}

// Which step was posted, and where to go afterwards; each step parses its own fields.
const postedStep = z.object({ intent: z.enum(["sendCode", "register"]).catch("register"), next: z.string().max(300).optional().catch(undefined) });

function registration(kind: Kind) {
  return formAction<z.infer<typeof postedStep>, null, RegisterFormState>({
    name: `platform.register.${kind}`,
    authorise: async () => null,
    schema: postedStep,
    // Never refused: `intent` falls back to the second step (whose own schema answers field by
    // field) and a `next` that is not a short string is dropped.
    invalid: (_issues, { previous }) => ({ ok: false, answered: previous?.answered ?? 0 }),
    run: async ({ input, fields, formData, previous }): Promise<RegisterFormState> => {
      const answered = (previous?.answered ?? 0) + 1;
      return input.intent === "sendCode" ? sendCode(fields, formData, answered) : createAccount(kind, fields, answered, input.next);
    },
    failed: async (formError, { previous }): Promise<RegisterFormState> => ({
      ok: false,
      formError,
      stage: previous?.stage ?? null,
      captcha: previous?.stage ? null : await freshCaptcha(),
      answered: (previous?.answered ?? 0) + 1,
    }),
  });
}

const REGISTER = { natural: registration("natural"), legal: registration("legal") };

export async function registerAction(kind: Kind, previous: RegisterFormState | null, formData: FormData): Promise<RegisterFormState> {
  return REGISTER[kind === "legal" ? "legal" : "natural"](previous, formData);
}

async function sendCode(fields: Record<string, string>, formData: FormData, answered: number): Promise<RegisterFormState> {
  const t = await getTranslations("platform");
  const values = { mobile: fields.mobile ?? "" };
  const parsed = sendCodeSchema.safeParse(fields);
  const mobile = mobileErrors(parsed.success ? parsed.data.mobile : "");
  if (!parsed.success || mobile.errors.length) {
    const errors = parsed.success ? { mobile: mobile.errors } : fieldErrorsOf(parsed.error);
    return { ok: false, fieldErrors: await translateFieldErrors<RegisterField>(errors), values, captcha: await freshCaptcha(), answered };
  }
  if (!(await verifyCaptcha(captchaPayloadFrom(formData)))) {
    return { ok: false, fieldErrors: { captcha: t("fieldErrors.captchaInvalid") }, values, captcha: await freshCaptcha(), answered };
  }
  const sent = await sendAccountCode({ db: db(), mobile: mobile.value, purpose: "register", client: await requestClient() });
  if (!sent.ok) {
    const formError =
      sent.reason === "dailyCap"
        ? t("register.dailyCap")
        : t(sent.reason === "client" ? "register.tooManyRequests" : "register.resendWait", { seconds: sent.retryAfterSeconds });
    return { ok: false, formError, values, captcha: await freshCaptcha(), answered };
  }
  return { ok: false, stage: { challenge: sent.challenge, mobile: mobile.value }, answered };
}

async function createAccount(kind: Kind, fields: Record<string, string>, answered: number, next: string | undefined): Promise<RegisterFormState> {
  const values = { loginName: fields.loginName ?? "", orgName: fields.orgName ?? "", uscc: fields.uscc ?? "" };
  const stage = fields.challenge && fields.mobile ? { challenge: fields.challenge, mobile: fields.mobile } : null;
  const fail = async (errors: FieldErrors): Promise<RegisterFormState> => ({
    ok: false,
    fieldErrors: await translateFieldErrors<RegisterField>(moveFieldErrors(errors, ["challenge", "mobile"], "smsCode")),
    values,
    stage,
    captcha: stage ? null : await freshCaptcha(),
    answered,
  });
  const parsed = kind === "legal" ? legalRegistrationSchema.safeParse(fields) : naturalRegistrationSchema.safeParse(fields);
  if (!parsed.success) return fail(fieldErrorsOf(parsed.error));
  const input: { challenge: string; smsCode: string; mobile: string; loginName: string; password: string; passwordConfirm: string; orgName?: string; uscc?: string } =
    parsed.data;
  const checked = checkRegistration(kind, input);
  if (!checked.ok) return fail(checked.fieldErrors);
  const database = db();
  const result = await registerAccount({
    db: database,
    kind,
    checked: checked.value,
    password: input.password,
    orgName: input.orgName ?? null,
    client: await requestClient(),
    confirmMobile: () =>
      confirmMobileCode({ db: database, challenge: input.challenge, code: input.smsCode, mobile: checked.value.mobile, purpose: "register" }),
  });
  if (!result.ok) return fail(result.fieldErrors);
  redirect(afterRegistration(kind, next));
}
