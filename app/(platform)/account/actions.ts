"use server";
// 我的信息 and 账号安全 through the one form-action adapter: every action first finds the session
// (a stale form cannot act for anybody), then parses with zod and calls lib/accounts. A failure of
// ours comes back in words with a reference (the adapter logs it once), what was typed kept.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ContactField, ContactFormState, MobileField, MobileFormState, PasswordField, PasswordFormState } from "@/components/platform/form-types";
import { formAction } from "@/lib/actions/form-action";
import type { FormFields } from "@/lib/actions/form-fields";
import { changeMobile } from "@/lib/accounts/change-mobile";
import { changePassword } from "@/lib/accounts/change-password";
import { confirmMobileCode } from "@/lib/accounts/confirm-mobile-code";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { withNext } from "@/lib/accounts/return-to";
import { mobileErrors } from "@/lib/accounts/registration-rules";
import { changeMobileSchema, changePasswordSchema, contactSchema, fieldErrorsOf, sendCodeSchema } from "@/lib/accounts/schemas";
import { sendAccountCode } from "@/lib/accounts/send-account-code";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { getAccountProfile } from "@/lib/db/accounts/get-account-profile";
import { updateContactDetails } from "@/lib/db/accounts/update-contact-details";
import { getCurrentSession } from "@/lib/sessions/current-session";
import type { ValidSession } from "@/lib/sessions/validate-session";
import { moveFieldErrors, translateFieldErrors } from "../_lib/form-input";

async function requireSession(): Promise<ValidSession> {
  const session = await getCurrentSession();
  if (!session) redirect("/login?notice=sessionEnded");
  return session;
}

const updateContact = formAction({
  name: "account.contact",
  authorise: requireSession,
  schema: contactSchema,
  invalid: async (issues, { fields }): Promise<ContactFormState> => ({ ok: false, fieldErrors: await translateFieldErrors<ContactField>(fieldErrorsOf({ issues })), values: fields }),
  failed: (formError, { fields }): ContactFormState => ({ ok: false, formError, values: fields }),
  run: async ({ input, fields, actor: session }): Promise<ContactFormState> => {
    await updateContactDetails({ db: db(), accountId: session.accountId, ...input, client: await requestClient() });
    // Opened from a guide step: saving on the way does not lose the way back (withNext checks it).
    redirect(withNext("/account?notice=contactSaved", fields.next));
  },
});

export async function updateContactAction(previous: ContactFormState | null, formData: FormData): Promise<ContactFormState> {
  return updateContact(previous, formData);
}

const passwordChange = formAction({
  name: "account.password",
  authorise: requireSession,
  schema: changePasswordSchema,
  invalid: async (issues): Promise<PasswordFormState> => ({ ok: false, fieldErrors: await translateFieldErrors<PasswordField>(fieldErrorsOf({ issues })) }),
  failed: (formError): PasswordFormState => ({ ok: false, formError }),
  run: async ({ input, actor: session }): Promise<PasswordFormState> => {
    const result = await changePassword({ db: db(), accountId: session.accountId, sessionId: session.sessionId, ...input, client: await requestClient() });
    if (result.ok) redirect("/account/security?notice=passwordChanged");
    if (result.retryAfterSeconds) {
      return { ok: false, formError: (await getTranslations("platform.login"))("locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }) };
    }
    return { ok: false, fieldErrors: await translateFieldErrors<PasswordField>(result.fieldErrors ?? {}) };
  },
});

export async function changePasswordAction(previous: PasswordFormState | null, formData: FormData): Promise<PasswordFormState> {
  return passwordChange(previous, formData);
}

// Step 2 carries the challenge and the new mobile in hidden fields (no JavaScript needed).
const stageOf = (fields: FormFields) => (fields.challenge && fields.newMobile ? { challenge: fields.challenge, mobile: fields.newMobile } : null);
const keptMobile = (fields: FormFields) => (fields.intent === "sendCode" ? { values: { newMobile: fields.newMobile ?? "" } } : { stage: stageOf(fields) });

const mobileChange = formAction({
  name: "account.mobile",
  authorise: requireSession,
  // Every posted text field; each intent parses its own with the shared schemas.
  schema: z.record(z.string(), z.string().max(10_000)),
  invalid: async (_issues, { fields }): Promise<MobileFormState> => ({ ok: false, formError: (await getTranslations("platform"))("fieldErrors.required"), ...keptMobile(fields) }),
  failed: (formError, { fields }): MobileFormState => ({ ok: false, formError, ...keptMobile(fields) }),
  run: ({ input, actor: session }) => (input.intent === "sendCode" ? sendMobileCode(session, input) : confirmNewMobile(session, input)),
});

export async function changeMobileAction(previous: MobileFormState | null, formData: FormData): Promise<MobileFormState> {
  return mobileChange(previous, formData);
}

async function sendMobileCode(session: ValidSession, fields: FormFields): Promise<MobileFormState> {
  const t = await getTranslations("platform");
  const values = { newMobile: fields.newMobile ?? "" };
  const parsed = sendCodeSchema.safeParse({ mobile: fields.newMobile });
  const mobile = mobileErrors(parsed.success ? parsed.data.mobile : "");
  const current = await getAccountProfile({ db: db(), accountId: session.accountId });
  if (!mobile.errors.length && current?.reservedMobile === mobile.value) mobile.errors.push("fieldErrors.mobileSame");
  if (mobile.errors.length) return { ok: false, fieldErrors: await translateFieldErrors<MobileField>({ newMobile: mobile.errors }), values };
  const sent = await sendAccountCode({ db: db(), mobile: mobile.value, purpose: "change-mobile", client: await requestClient(), accountId: session.accountId });
  if (!sent.ok) {
    const formError = sent.reason === "dailyCap" ? t("register.dailyCap") : t("register.tooManyRequests", { seconds: sent.retryAfterSeconds });
    return { ok: false, formError, values };
  }
  return { ok: false, stage: { challenge: sent.challenge, mobile: mobile.value } };
}

async function confirmNewMobile(session: ValidSession, fields: FormFields): Promise<MobileFormState> {
  const stage = stageOf(fields);
  const parsed = changeMobileSchema.safeParse(fields);
  if (!parsed.success) {
    const errors = moveFieldErrors(fieldErrorsOf(parsed.error), ["challenge", "newMobile"], "smsCode");
    return { ok: false, fieldErrors: await translateFieldErrors<MobileField>(errors), stage };
  }
  const database = db();
  const result = await changeMobile({
    db: database,
    accountId: session.accountId,
    newMobile: parsed.data.newMobile,
    currentPassword: parsed.data.currentPassword,
    client: await requestClient(),
    confirmMobile: () =>
      confirmMobileCode({ db: database, challenge: parsed.data.challenge, code: parsed.data.smsCode, mobile: parsed.data.newMobile, purpose: "change-mobile" }),
  });
  if (result.ok) redirect("/account/security?notice=mobileChanged");
  if (result.retryAfterSeconds) return { ok: false, formError: (await getTranslations("platform"))("login.locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }), stage };
  const errors = moveFieldErrors(result.fieldErrors ?? {}, ["newMobile"], "smsCode");
  return { ok: false, fieldErrors: await translateFieldErrors<MobileField>(errors), stage };
}
