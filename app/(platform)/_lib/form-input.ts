import "server-only";
// Reading a posted form in the platform's server actions: strings only (a File where text is
// expected is simply absent), the captcha in whichever of its two forms was sent, and message
// keys turned into words for the page.
import { getTranslations } from "next-intl/server";
import type { CaptchaPayload } from "@/lib/captcha/captcha";
import type { FieldErrors } from "@/lib/accounts/schemas";
import { requiredMessage } from "@/lib/i18n/required-message";

export { formFields } from "@/lib/actions/form-fields";

/** ALTCHA's payload (JavaScript on) or the no-JavaScript sum (token + answer). */
export function captchaPayloadFrom(formData: FormData): CaptchaPayload | null {
  const altcha = formData.get("altcha");
  if (typeof altcha === "string" && altcha.length > 0 && altcha.length < 10_000) return altcha;
  const token = formData.get("captchaToken");
  const answer = formData.get("captchaAnswer");
  return typeof token === "string" && typeof answer === "string" ? { token, answer } : null;
}

/** Message keys (under `platform`) → the words shown beside each field; several joined. */
export async function translateFieldErrors<Field extends string>(errors: FieldErrors): Promise<Partial<Record<Field, string>>> {
  const t = await getTranslations();
  const out: Partial<Record<Field, string>> = {};
  for (const [field, keys] of Object.entries(errors)) {
    if (keys && keys.length > 0) out[field as Field] = keys.map((key) => (key === "fieldErrors.required" ? requiredMessage(t, field) : t(`platform.${key}`))).join(" ");
  }
  return out;
}

/** Problems of hidden fields (a code's challenge, the mobile it was sent to) shown at a visible one. */
export function moveFieldErrors(errors: FieldErrors, from: string[], to: string): FieldErrors {
  const rest: FieldErrors = {};
  const moved: string[] = [];
  for (const [field, keys] of Object.entries(errors)) {
    if (from.includes(field)) moved.push(...(keys ?? []));
    else rest[field] = keys;
  }
  return moved.length && !rest[to] ? { ...rest, [to]: [moved[0]] } : rest;
}
