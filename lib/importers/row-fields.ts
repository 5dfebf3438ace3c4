// zod building blocks shared by the three row checkers. Every CSV value arrives as a string;
// an empty optional column becomes null. Messages name the column so an operator can fix it.
import { z } from "zod";
import { checkMobile, checkResidentId, checkUscc, type ResidentIdError, type UsccError } from "@/lib/identifiers";
import { isSupportedHashFormat } from "@/lib/passwords";
import type { RowCheck } from "./import-summary";

const CONTROL = /[\u0000-\u001f\u007f]/;

export const USCC_PROBLEMS: Record<UsccError, string> = {
  empty: "is required",
  length: "is not a USCC: it must have 18 characters",
  charset: "is not a USCC: only 0-9 and A-H J-N P-R T U W X Y are allowed",
};

export const RESIDENT_ID_PROBLEMS: Record<ResidentIdError, string> = {
  empty: "is required",
  length: "is not a resident ID number: it must have 18 characters",
  charset: "is not a resident ID number: 17 digits then a digit or X",
  birthDate: "is not a resident ID number: the birth date is not a real date",
  checkDigit: "is not a resident ID number: the check digit is wrong",
};

export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, "is required")
    .max(max, `is longer than ${max} characters`)
    .refine((value) => !CONTROL.test(value), "contains a line break or another control character");
}

/** An empty (or blank) column is null; anything else must pass `schema`. */
export function orEmpty<T>(schema: z.ZodType<T, string>) {
  return z.string().transform((raw, ctx): T | null => {
    if (raw.trim() === "") return null;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });
}

export function optionalText(max: number) {
  return orEmpty(requiredText(max));
}

/** A fixed set of lower-case words; case and surrounding spaces are forgiven. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  const quoted = values.map((value) => `"${value}"`).join(" or ");
  return z.string().trim().toLowerCase().pipe(z.enum(values, { error: `must be ${quoted}` }));
}

export const passwordHash = z
  .string()
  .trim()
  .min(1, "is required")
  .refine((value) => !CONTROL.test(value), "contains a control character")
  .refine((value) => isSupportedHashFormat(value), "is not a supported hash (md5:<32 hex>, sha256:<salt>:<64 hex> or $argon2id$…)");

export const mobile = z.string().transform((raw, ctx) => {
  const checked = checkMobile(raw);
  if (checked.ok) return checked.value;
  ctx.addIssue({ code: "custom", message: raw.trim() === "" ? "is required" : "is not a mainland China mobile number" });
  return z.NEVER;
});

export const optionalMobile = orEmpty(mobile);

/** A USCC of the right shape; a wrong check character is accepted but reported (domain.md §2). */
export const uscc = z.string().transform((raw, ctx) => {
  const checked = checkUscc(raw);
  if (checked.ok) return { value: checked.value, checkCharacterValid: checked.checkCharacterValid };
  ctx.addIssue({ code: "custom", message: USCC_PROBLEMS[checked.error] });
  return z.NEVER;
});

export const optionalUscc = orEmpty(uscc);

export const residentId = z.string().transform((raw, ctx) => {
  const checked = checkResidentId(raw);
  if (checked.ok) return checked.value;
  // The value itself is personal data: never echo it.
  ctx.addIssue({ code: "custom", message: RESIDENT_ID_PROBLEMS[checked.error] });
  return z.NEVER;
});

export const optionalResidentId = orEmpty(residentId);

export function checkCharacterWarning(code: string): string {
  return `USCC ${code} has the right shape but a wrong check character; accepted as an early code (domain.md §2)`;
}

/** Runs a row schema; all problems of the row become one message, columns named. */
export function checkRecord<T>(schema: z.ZodType<T>, fields: Record<string, string>, warningsOf: (value: T) => string[]): RowCheck<T> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, value: parsed.data, warnings: warningsOf(parsed.data) };
  const message = parsed.error.issues.map((issue) => `${issue.path.join(".") || "row"} ${issue.message}`).join("; ");
  return { ok: false, message };
}
