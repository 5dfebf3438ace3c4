// Staff management of E-R4 authorisations (issue 13 §4): the grant, revoke and change-dates forms,
// shared by the page and the actions. Dates are Beijing days: valid from the start of the first
// day to the end of the last (stored as the exclusive start of the next day, as isAuthorisationValid
// reads it). Errors are message keys under `staffOps.fieldErrors`.
import { z } from "zod";
import { checkUscc } from "@/lib/identifiers";
import { beijingDayStart } from "@/lib/staff/console-filters";
import { BUSINESS_SYSTEMS } from "./business-systems";

const DAY_MS = 24 * 60 * 60 * 1000;

const note = z.string({ error: "noteRequired" }).trim().min(4, "noteRequired").max(500, "noteTooLong");
const firstDay = z.string({ error: "dateRequired" }).trim().min(1, "dateRequired").transform((value, context) => {
  const start = beijingDayStart(value);
  if (!start) context.addIssue({ code: "custom", message: "date" });
  return start ?? new Date(0);
});
const lastDay = z.string().trim().max(10, "date").optional().transform((value, context) => {
  if (!value) return null;
  const start = beijingDayStart(value);
  if (!start) context.addIssue({ code: "custom", message: "date" });
  return start ? new Date(start.getTime() + DAY_MS) : null;
});

function checkOrder<T extends { validFrom: Date; validTo: Date | null }>(value: T, context: z.RefinementCtx) {
  if (value.validTo && value.validTo.getTime() <= value.validFrom.getTime()) context.addIssue({ code: "custom", path: ["validTo"], message: "order" });
}

export const grantAuthorisationSchema = z
  .object({
    loginName: z.string({ error: "required" }).trim().min(1, "required").max(64, "required"),
    uscc: z.string({ error: "uscc" }).transform((value, context) => {
      const checked = checkUscc(value);
      if (!checked.ok) context.addIssue({ code: "custom", message: "uscc" });
      return checked.value;
    }),
    system: z.enum([...BUSINESS_SYSTEMS, "both"], { error: "system" }),
    validFrom: firstDay,
    validTo: lastDay,
    note,
  })
  .superRefine(checkOrder);

export const changeAuthorisationSchema = z
  .object({ id: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"), validFrom: firstDay, validTo: lastDay, note })
  .superRefine(checkOrder);

export const revokeAuthorisationSchema = z.object({ id: z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid"), note });

/** The last valid day to show for a stored (exclusive) end, as `YYYY-MM-DD` in Beijing. */
export function lastValidDay(validTo: Date): string {
  return new Date(validTo.getTime() - DAY_MS + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A stored start as the `YYYY-MM-DD` Beijing day it falls on. */
export function beijingDay(date: Date): string {
  return new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
