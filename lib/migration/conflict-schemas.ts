// The CONFLICT resolution form, shared by the page and its action. Errors are message keys under
// `staffOps.fieldErrors`; the login name itself is checked against the Torch account when resolving.
import { z } from "zod";

export const RESOLUTION_NOTE_MIN = 4;
export const RESOLUTION_NOTE_MAX = 500;

export const resolveConflictSchema = z.object({
  torchAccountId: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"),
  loginName: z.string({ error: "required" }).trim().min(1, "required").max(64, "loginNameFormat"),
  note: z.string({ error: "noteRequired" }).trim().min(RESOLUTION_NOTE_MIN, "noteRequired").max(RESOLUTION_NOTE_MAX, "noteTooLong"),
});
