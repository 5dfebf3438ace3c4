// The input schemas of the platform forms, written once and shared by forms and actions. Error
// messages are message keys under the `platform` namespace, so the page shows them in words.
import { z } from "zod";

const required = "fieldErrors.required";
const tooLong = "fieldErrors.tooLong";

/** A text field: trimmed, required, bounded (so nothing huge reaches the database or argon2). */
export const text = (max: number) => z.string({ error: required }).trim().min(1, required).max(max, tooLong);
/** An optional text field: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string({ error: required })
    .trim()
    .max(max, tooLong)
    .transform((v) => (v === "" ? null : v))
    .optional()
    .transform((v) => v ?? null);
/** Passwords are never trimmed: spaces are characters like any other. */
export const password = z.string({ error: required }).min(1, required).max(1024, tooLong);

export const accountWindowSchema = z.enum(["natural", "legal"]);

export const loginSchema = z.object({
  window: accountWindowSchema,
  loginName: text(64),
  password,
  next: z.string().max(300).optional(),
});

export const sendCodeSchema = z.object({ mobile: text(32) });

const smsCode = z.string({ error: required }).trim().min(1, required).regex(/^\d{6}$/, "fieldErrors.smsCodeFormat");

const registrationBase = {
  challenge: z.string({ error: "fieldErrors.smsCodeMissing" }).min(1, "fieldErrors.smsCodeMissing").max(200),
  mobile: text(32),
  smsCode,
  loginName: text(64),
  password,
  passwordConfirm: password,
};

export const naturalRegistrationSchema = z.object(registrationBase);

export const legalRegistrationSchema = z.object({
  ...registrationBase,
  orgName: text(200),
  uscc: text(64),
});

export const contactSchema = z.object({
  contactName: optionalText(100),
  email: optionalText(200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "fieldErrors.emailFormat"),
});

export const changePasswordSchema = z.object({
  currentPassword: password,
  newPassword: password,
  newPasswordConfirm: password,
});

export const changeMobileSchema = z.object({
  challenge: z.string({ error: "fieldErrors.smsCodeMissing" }).min(1, "fieldErrors.smsCodeMissing").max(200),
  newMobile: text(32),
  smsCode,
  currentPassword: password,
});

export type FieldErrors = Partial<Record<string, string[]>>;

/** zod issues (a ZodError, or the issues the form-action adapter passes) → message keys per field (the first issue of each field is enough to act on). */
export function fieldErrorsOf(error: { issues: readonly z.core.$ZodIssue[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= [];
    if (out[field].length === 0) out[field].push(issue.message.startsWith("fieldErrors.") ? issue.message : required);
  }
  return out;
}
