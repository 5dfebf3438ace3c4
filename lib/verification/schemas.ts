// The forms of 修改个人信息 and 修改法人信息, written once for the form and the action. Error
// messages are keys under the `verification` namespace. Identifiers come out normalised.
import { z } from "zod";
import { checkMobile, checkResidentId, compact } from "@/lib/identifiers";

/** 证件类型. Only a resident ID card can be checked automatically; the rest go to manual review. */
export const ID_TYPES = ["resident-id", "passport", "hk-macao", "taiwan", "other"] as const;
export type IdType = (typeof ID_TYPES)[number];

const required = "fieldErrors.required";
const name = (max: number) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, "fieldErrors.tooLong")
    .refine((value) => !/[\d<>{}@#$%^&*=_|\\/]/.test(value), "fieldErrors.nameCharacters");

type IssueAdder = (message: string) => void;

function residentId(value: string, issue: IssueAdder): string {
  const checked = checkResidentId(value);
  if (!checked.ok) issue(`fieldErrors.residentId.${checked.error}`);
  return checked.value;
}

const rawId = z.string({ error: required }).max(64, "fieldErrors.tooLong");

export const naturalIdentitySchema = z
  .object({ personName: name(50), idType: z.enum(ID_TYPES, { error: "fieldErrors.idType" }), idNumber: rawId })
  .transform((input, ctx) => {
    const issue: IssueAdder = (message) => ctx.addIssue({ code: "custom", path: ["idNumber"], message });
    if (input.idType === "resident-id") return { ...input, idNumber: residentId(input.idNumber, issue) };
    // Passports and permits: letters, digits and brackets, as printed.
    const idNumber = compact(input.idNumber).toUpperCase();
    if (idNumber.length === 0) issue(required);
    else if (!/^[A-Z0-9()\-]{5,30}$/.test(idNumber)) issue("fieldErrors.documentNumber");
    return { ...input, idNumber };
  });
export type NaturalIdentityInput = z.output<typeof naturalIdentitySchema>;

export const legalIdentitySchema = z
  .object({
    orgName: name(200),
    agentName: name(50),
    agentMobile: z.string({ error: required }).max(32, "fieldErrors.tooLong"),
    legalRepName: name(50),
    legalRepId: rawId,
  })
  .transform((input, ctx) => {
    const legalRepId = residentId(input.legalRepId, (message) => ctx.addIssue({ code: "custom", path: ["legalRepId"], message }));
    const mobile = checkMobile(input.agentMobile);
    if (!mobile.ok) ctx.addIssue({ code: "custom", path: ["agentMobile"], message: mobile.error === "empty" ? required : "fieldErrors.mobile" });
    return { ...input, legalRepId, agentMobile: mobile.value };
  });
export type LegalIdentityInput = z.output<typeof legalIdentitySchema>;

export type IdentityFieldErrors = Partial<Record<string, string>>;

/** zod issues → one message key per field (the first is enough to act on). */
export function identityFieldErrors(error: { issues: readonly z.core.$ZodIssue[] }): IdentityFieldErrors {
  const out: IdentityFieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message.startsWith("fieldErrors.") ? issue.message : required;
  }
  return out;
}
