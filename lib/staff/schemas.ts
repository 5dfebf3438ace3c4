// Input schemas of the staff forms, shared by forms and actions. Errors are message keys under
// `staff` (the page shows them in words).
import { z } from "zod";
import type { StaffChange } from "./staff-admin-rules";
import { STAFF_ROLES } from "./staff-rules";

const required = "form.required";

export const staffLoginSchema = z.object({
  name: z.string({ error: required }).trim().min(1, required).max(64, required),
  // Never trimmed: spaces are characters like any other.
  password: z.string({ error: required }).min(1, required).max(1024, required),
});

export const totpCodeSchema = z.object({
  code: z.string({ error: required }).trim().min(1, required).max(20, "totp.codeFormat"),
});

/** An admin creates a staff account; an empty password means "make one and show it once". */
export const createStaffSchema = z.object({
  name: z.string({ error: "staffName" }).trim().min(1, "required").max(64, "staffName"),
  role: z.enum(STAFF_ROLES, { error: "role" }),
  password: z.string().max(1024, "passwordTooLong").optional().transform((value) => (value && value.length > 0 ? value : null)),
});

/** An admin changes a staff account: disable, enable, a new role, or a fresh authenticator enrolment. */
export const updateStaffSchema = z
  .object({
    id: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
    kind: z.enum(["disable", "enable", "role", "resetTotp"], { error: "invalid" }),
    role: z.enum(STAFF_ROLES, { error: "role" }).optional(),
  })
  .transform((value, context) => {
    if (value.kind !== "role") return { id: value.id, change: { kind: value.kind } as StaffChange };
    if (!value.role) context.addIssue({ code: "custom", path: ["role"], message: "role" });
    return { id: value.id, change: { kind: "role", role: value.role ?? "reviewer" } as StaffChange };
  });
