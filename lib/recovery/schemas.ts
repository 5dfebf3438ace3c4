// Input schemas of the recovery forms, shared by forms and actions. Messages are keys: those
// starting with `fieldErrors.`/`passwordPolicy.` are the platform's, `recovery.` ones are ours.
import { z } from "zod";
import { password, text } from "@/lib/accounts/schemas";

const required = "fieldErrors.required";
const ticket = z.string({ error: "recovery.errors.ticketMissing" }).min(1, "recovery.errors.ticketMissing").max(4000);
const smsCode = z.string({ error: required }).trim().min(1, required).regex(/^\d{6}$/, "fieldErrors.smsCodeFormat");

export const resetStartSchema = z.object({ loginName: text(64) });

export const resetSendNaturalSchema = z.object({ ticket, mobile: text(32) });
export const resetSendLegalSchema = resetSendNaturalSchema.extend({ orgName: text(200), uscc: text(64) });

export const resetConfirmSchema = z.object({ ticket, smsCode, newPassword: password, newPasswordConfirm: password });

export const hintSchema = z.object({ uscc: text(64) });

export const statusSendSchema = z.object({ reference: text(40), mobile: text(32) });

export const statusConfirmSchema = z.object({ ticket, smsCode });

export const setPasswordSchema = z.object({ newPassword: password, newPasswordConfirm: password });

export const appealSendSchema = z.object({ ticket: ticket.optional(), mobile: text(32) });

export const organisationSearchSchema = z.object({ query: text(200) });

export const organisationPickSchema = z.object({
  ticket,
  /** Index into the sealed candidate list, or "none" ("列表中没有本单位"). */
  pick: z.string({ error: "recovery.errors.pickRequired" }).regex(/^(none|\d{1,2})$/, "recovery.errors.pickRequired"),
});

// Bounded so the confirmed details fit, sealed, in the one cookie that waits for the documents.
const appealCommon = { ticket, smsCode, reason: text(400) };

export const naturalAppealSchema = z.object({ ...appealCommon, personName: text(50), idNumber: text(32) });

export const legalAppealSchema = z.object({ ...appealCommon, orgName: text(100), uscc: text(64), legalRepName: text(50) });
