// The guide forms' fields, parsed once with zod (unknown fields such as Next's action ids are
// dropped; missing ones become ""), and the captcha payload they carry.
import { z } from "zod";
import type { CaptchaPayload } from "@/lib/captcha/captcha";

const text = (max: number) => z.string().max(max).catch("");

export const kindFormSchema = z.object({ kind: z.enum(["enterprise", "personal"]) });

export const lookupFormSchema = z.object({
  // No length cap here: parseLookupInput refuses anything too long first, with its own message.
  q: z.string().catch(""),
  // The ALTCHA widget's payload (JavaScript on).
  altcha: text(10_000),
  // The plain-text sum (JavaScript off).
  captchaToken: text(500),
  captchaAnswer: text(50),
});
export type LookupForm = z.infer<typeof lookupFormSchema>;

export const codeFormSchema = z.object({ code: text(50) });

export { formFields } from "@/lib/actions/form-fields";

export function captchaPayload(form: LookupForm): CaptchaPayload | null {
  if (form.altcha) return form.altcha;
  if (form.captchaToken) return { token: form.captchaToken, answer: form.captchaAnswer };
  return null;
}

/** `187****1111`: enough for the person to recognise their number on a shared screen. */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : "****";
}
