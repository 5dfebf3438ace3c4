"use server";
// 申诉找回密码 for both kinds: routes each step's intent (steps.ts for the steps before the appeal,
// details.ts for the appeal's details; the documents go to [kind]/documents/route.ts).
import type { AppealFormState } from "@/components/recovery/form-types";
import type { AccountKind } from "@/lib/recovery/reset-rules";
import { formFields } from "../../_lib/form-input";
import { backStep, contactStep, searchStep } from "./steps";
import { detailsStep } from "./details";

export async function appealAction(kind: AccountKind, previous: AppealFormState | null, formData: FormData): Promise<AppealFormState> {
  const fields = formFields(formData);
  const answered = (previous?.answered ?? 0) + 1;
  switch (fields.intent) {
    case "search":
      return kind === "legal" ? searchStep(fields, formData, answered) : contactStep(kind, fields, formData, answered);
    case "details":
      return detailsStep(kind, fields, answered);
    case "back":
      return backStep(kind, fields, answered);
    default:
      return contactStep(kind, fields, formData, answered);
  }
}
