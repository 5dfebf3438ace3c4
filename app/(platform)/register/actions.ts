"use server";
// Registration (issue 5 §1) in two steps that work without JavaScript: (1) mobile + captcha →
// an SMS code is sent; (2) the details + the code → the account is created. Through the one
// form-action adapter (anyone may register; zod; expected refusals in words; the rest logged once).
// Step 2 tells nothing about other accounts before the code proves the mobile (lib/accounts).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { RegisterField, RegisterFormState } from "@/components/platform/form-types";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { registerAccount } from "@/lib/accounts/register-account";
import { checkRegistration, mobileErrors } from "@/lib/accounts/registration-rules";
import { type FieldErrors, fieldErrorsOf, legalRegistrationSchema, naturalRegistrationSchema, sendCodeSchema } from "@/lib/accounts/schemas";
import { sendAccountCode } from "@/lib/accounts/send-account-code";
import { formAction, type FormActionInput } from "@/lib/actions/form-action";
import { requestClient } from "@/lib/audit/request-client";
import { createFormCaptcha, verifyFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { captchaPayloadFrom, moveFieldErrors, translateFieldErrors } from "../_lib/form-input";

type Kind = "natural" | "legal";
type Fields = Record<string, string>;

async function freshCaptcha() {
  const captcha = await createFormCaptcha("register");
  return { enabled: captcha.enabled, arithmetic: captcha.arithmetic };
}

const answeredOf = (previous: RegisterFormState | null) => (previous?.answered ?? 0) + 1;

function registerFor(kind: Kind) {
  return formAction({
    name: `register.${kind}`,
    authorise: async () => null,
    // Every posted text field; each intent parses its own with the shared schemas below.
    schema: z.record(z.string(), z.string().max(10_000)),
    invalid: async (_issues, { previous }: FormActionInput<RegisterFormState>): Promise<RegisterFormState> => ({
      ok: false,
      formError: (await getTranslations("platform"))("fieldErrors.required"),
      captcha: await freshCaptcha(),
      answered: answeredOf(previous),
    }),
    failed: async (formError, { fields, previous }: FormActionInput<RegisterFormState>): Promise<RegisterFormState> => ({
      ok: false,
      formError,
      values: { mobile: fields.mobile ?? "", loginName: fields.loginName ?? "", orgName: fields.orgName ?? "", uscc: fields.uscc ?? "" },
      captcha: await freshCaptcha(),
      answered: answeredOf(previous),
    }),
    run: async ({ input, formData, previous }): Promise<RegisterFormState> =>
      input.intent === "sendCode" ? sendCode(input, formData, answeredOf(previous)) : createAccount(kind, input, answeredOf(previous)),
  });
}

const actions = { natural: registerFor("natural"), legal: registerFor("legal") };

export async function registerAction(kind: Kind, previous: RegisterFormState | null, formData: FormData): Promise<RegisterFormState> {
  return actions[kind](previous, formData);
}

async function sendCode(fields: Fields, formData: FormData, answered: number): Promise<RegisterFormState> {
  const t = await getTranslations("platform");
  const values = { mobile: fields.mobile ?? "" };
  const parsed = sendCodeSchema.safeParse(fields);
  const mobile = mobileErrors(parsed.success ? parsed.data.mobile : "");
  if (!parsed.success || mobile.errors.length) {
    const errors = parsed.success ? { mobile: mobile.errors } : fieldErrorsOf(parsed.error);
    return { ok: false, fieldErrors: await translateFieldErrors<RegisterField>(errors), values, captcha: await freshCaptcha(), answered };
  }
  if (!(await verifyFormCaptcha(captchaPayloadFrom(formData), "register"))) {
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

async function createAccount(kind: Kind, fields: Fields, answered: number): Promise<RegisterFormState> {
  const values = { loginName: fields.loginName ?? "", orgName: fields.orgName ?? "", uscc: fields.uscc ?? "" };
  const stage = fields.challenge && fields.mobile ? { challenge: fields.challenge, mobile: fields.mobile } : null;
  const fail = async (errors: FieldErrors, formError?: string): Promise<RegisterFormState> => ({
    ok: false,
    formError,
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
  const result = await registerAccount({
    db: db(),
    kind,
    checked: checked.value,
    password: input.password,
    orgName: input.orgName ?? null,
    challenge: input.challenge,
    smsCode: input.smsCode,
    client: await requestClient(),
  });
  if (!result.ok) {
    const wait = "retryAfterSeconds" in result ? (await getTranslations("platform"))("register.tooManyAttempts", { minutes: retryAfterMinutes(result.retryAfterSeconds) }) : undefined;
    return fail(result.fieldErrors, wait);
  }
  redirect(`/login/${kind}?notice=registered`);
}
