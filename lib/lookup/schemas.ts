// The guide's lookup forms, written once for the forms and their actions: parsed with zod
// (unknown fields such as Next's action ids are dropped; missing ones become ""), and the captcha
// payload they carry.
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

export function captchaPayload(form: LookupForm): CaptchaPayload | null {
  if (form.altcha) return form.altcha;
  if (form.captchaToken) return { token: form.captchaToken, answer: form.captchaAnswer };
  return null;
}
