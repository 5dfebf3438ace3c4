"use server";
// 我的信息 and 账号安全: every action first finds the session (a stale form cannot act for
// anybody), then parses with zod and calls lib/accounts.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ContactField, ContactFormState, MobileField, MobileFormState, PasswordField, PasswordFormState } from "@/components/platform/form-types";
import { changeMobile } from "@/lib/accounts/change-mobile";
import { changePassword } from "@/lib/accounts/change-password";
import { confirmMobileCode } from "@/lib/accounts/confirm-mobile-code";
import { getAccountProfile } from "@/lib/db/accounts/get-account-profile";
import { updateContactDetails } from "@/lib/db/accounts/update-contact-details";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { mobileErrors } from "@/lib/accounts/registration-rules";
import { changeMobileSchema, changePasswordSchema, contactSchema, fieldErrorsOf, sendCodeSchema } from "@/lib/accounts/schemas";
import { sendAccountCode } from "@/lib/accounts/send-account-code";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { formFields, moveFieldErrors, translateFieldErrors } from "../_lib/form-input";

async function requireSession() {
  const session = await getCurrentSession();
  if (!session) redirect("/login?notice=sessionEnded");
  return session;
}

export async function updateContactAction(_previous: ContactFormState | null, formData: FormData): Promise<ContactFormState> {
  const session = await requireSession();
  const fields = formFields(formData);
  const parsed = contactSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false, fieldErrors: await translateFieldErrors<ContactField>(fieldErrorsOf(parsed.error)), values: fields };
  }
  await updateContactDetails({ db: db(), accountId: session.accountId, ...parsed.data, client: await requestClient() });
  redirect("/account?notice=contactSaved");
}

export async function changePasswordAction(_previous: PasswordFormState | null, formData: FormData): Promise<PasswordFormState> {
  const session = await requireSession();
  const parsed = changePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, fieldErrors: await translateFieldErrors<PasswordField>(fieldErrorsOf(parsed.error)) };
  const result = await changePassword({ db: db(), accountId: session.accountId, sessionId: session.sessionId, ...parsed.data, client: await requestClient() });
  if (result.ok) redirect("/account/security?notice=passwordChanged");
  if (result.retryAfterSeconds) {
    return { ok: false, formError: (await getTranslations("platform.login"))("locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }) };
  }
  return { ok: false, fieldErrors: await translateFieldErrors<PasswordField>(result.fieldErrors ?? {}) };
}

export async function changeMobileAction(_previous: MobileFormState | null, formData: FormData): Promise<MobileFormState> {
  const session = await requireSession();
  const t = await getTranslations("platform");
  const fields = formFields(formData);
  const client = await requestClient();
  if (fields.intent === "sendCode") {
    const parsed = sendCodeSchema.safeParse({ mobile: fields.newMobile });
    const mobile = mobileErrors(parsed.success ? parsed.data.mobile : "");
    const current = await getAccountProfile({ db: db(), accountId: session.accountId });
    if (!mobile.errors.length && current?.reservedMobile === mobile.value) mobile.errors.push("fieldErrors.mobileSame");
    if (mobile.errors.length) return { ok: false, fieldErrors: await translateFieldErrors<MobileField>({ newMobile: mobile.errors }), values: { newMobile: fields.newMobile ?? "" } };
    const sent = await sendAccountCode({ db: db(), mobile: mobile.value, purpose: "change-mobile", client, accountId: session.accountId });
    if (!sent.ok) {
      const formError = sent.reason === "dailyCap" ? t("register.dailyCap") : t("register.tooManyRequests", { seconds: sent.retryAfterSeconds });
      return { ok: false, formError, values: { newMobile: fields.newMobile ?? "" } };
    }
    return { ok: false, stage: { challenge: sent.challenge, mobile: mobile.value } };
  }
  // Step 2 carries the challenge and the new mobile in hidden fields (no JavaScript needed).
  const stage = fields.challenge && fields.newMobile ? { challenge: fields.challenge, mobile: fields.newMobile } : null;
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
    client,
    confirmMobile: () =>
      confirmMobileCode({ db: database, challenge: parsed.data.challenge, code: parsed.data.smsCode, mobile: parsed.data.newMobile, purpose: "change-mobile" }),
  });
  if (result.ok) redirect("/account/security?notice=mobileChanged");
  if (result.retryAfterSeconds) return { ok: false, formError: t("login.locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }), stage };
  const errors = moveFieldErrors(result.fieldErrors ?? {}, ["newMobile"], "smsCode");
  return { ok: false, fieldErrors: await translateFieldErrors<MobileField>(errors), stage };
}
