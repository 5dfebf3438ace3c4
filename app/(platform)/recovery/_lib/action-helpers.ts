import "server-only";
// Shared pieces of the recovery actions. Message keys → words: `recovery.…` keys are ours, all others (fieldErrors.…,
// passwordPolicy.…) are the platform's, shared with registration and password change.
import { getTranslations } from "next-intl/server";
import { after } from "next/server";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import type { FieldErrors } from "@/lib/accounts/schemas";
import type { CaptchaForm } from "@/lib/captcha/captcha";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { db } from "@/lib/db";
import { CollectingSmsProvider } from "@/lib/recovery/collecting-sms-provider";
import { smsProvider } from "@/lib/sms/sms-provider";
import { requiredMessage } from "@/lib/i18n/required-message";

export async function translateRecoveryErrors<Field extends string>(errors: FieldErrors): Promise<Partial<Record<Field, string>>> {
  const t = await getTranslations();
  const out: Partial<Record<Field, string>> = {};
  for (const [field, keys] of Object.entries(errors)) {
    if (keys?.length) out[field as Field] = keys.map((key) => (key === "fieldErrors.required" ? requiredMessage(t, field) : t(key.startsWith("recovery.") ? key : `platform.${key}`))).join(" ");
  }
  return out;
}

/** "请 N 分钟后再试" for a rate-limited step. */
export async function waitMessage(retryAfterSeconds: number): Promise<string> {
  const t = await getTranslations("recovery.errors");
  return t("wait", { minutes: retryAfterMinutes(retryAfterSeconds) });
}

export async function freshCaptcha(form: CaptchaForm) {
  const captcha = await createFormCaptcha(form);
  return { enabled: captcha.enabled, arithmetic: captcha.arithmetic };
}

/**
 * A provider that holds texts until the response has gone (Next's `after`), so sending through a
 * gateway does not make a matching answer slower than a non-matching one.
 */
export function sendAfterResponse(): CollectingSmsProvider {
  const collecting = new CollectingSmsProvider();
  after(() => collecting.flushTo(smsProvider({ db: db() })));
  return collecting;
}
