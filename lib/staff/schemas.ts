// Input schemas of the staff forms, shared by forms and actions. Errors are message keys under
// `staff` (the page shows them in words).
import { z } from "zod";

const required = "form.required";

export const staffLoginSchema = z.object({
  name: z.string({ error: required }).trim().min(1, required).max(64, required),
  // Never trimmed: spaces are characters like any other.
  password: z.string({ error: required }).min(1, required).max(1024, required),
});

export const totpCodeSchema = z.object({
  code: z.string({ error: required }).trim().min(1, required).max(20, "totp.codeFormat"),
});
