"use server";
// 申诉找回密码 for both kinds: routes each step's intent (steps.ts for the steps before the appeal,
// details.ts for the appeal's details; the documents go to [kind]/documents/route.ts). Through the
// one form-action adapter: a refusal of ours (the SMS gateway down) is shown in words on the step
// the user was on, with what they typed; anything unexpected is logged once with a reference.
import { z } from "zod";
import type { AppealFormState, AppealStage } from "@/components/recovery/form-types";
import { formAction } from "@/lib/actions/form-action";
import type { FormFields } from "@/lib/actions/form-fields";
import { maskMobile } from "@/lib/audit/mask";
import { openAppealTicket } from "@/lib/recovery/appeal-ticket";
import type { AccountKind } from "@/lib/recovery/reset-rules";
import { freshCaptcha } from "../_lib/action-helpers";
import { backStep, contactStep, searchStep } from "./steps";
import { detailsStep } from "./details";

// Which step was posted; each step parses its own fields.
const postedStep = z.object({ intent: z.enum(["search", "pick", "contact", "details", "back"]).catch("contact") });

/** Typed fields to show again after a refusal; never the code, the ticket or the captcha. */
const SECRET_FIELDS = new Set(["smsCode", "ticket", "intent", "altcha", "captchaToken", "captchaAnswer"]);

/** The step the user was on, rebuilt from the sealed ticket they posted (none: the first step). */
function stageOf(kind: AccountKind, fields: FormFields): AppealStage | null {
  const ticket = fields.ticket ? openAppealTicket(kind, fields.ticket) : null;
  if (!ticket || !fields.ticket) return null;
  if (fields.intent === "details" && ticket.contact) return { step: "details", ticket: fields.ticket, maskedMobile: maskMobile(ticket.contact.mobile) };
  if (fields.intent === "pick" && ticket.search) return { step: "pick", ticket: fields.ticket, matches: ticket.search.matches, query: ticket.search.query };
  return { step: "contact", ticket: fields.ticket };
}

function appeal(kind: AccountKind) {
  return formAction<z.infer<typeof postedStep>, null, AppealFormState>({
    name: `recovery.appeal.${kind}`,
    authorise: async () => null,
    schema: postedStep,
    // Never refused: an unknown intent is the contact step, whose own schema answers field by field.
    invalid: (_issues, { previous }) => ({ ok: false, answered: previous?.answered ?? 0 }),
    run: async ({ input, fields, formData, previous }) => {
      const answered = (previous?.answered ?? 0) + 1;
      switch (input.intent) {
        case "search":
          return kind === "legal" ? searchStep(fields, formData, answered) : contactStep(kind, fields, formData, answered);
        case "details":
          return detailsStep(kind, fields, answered);
        case "back":
          return backStep(kind, fields, answered);
        default:
          return contactStep(kind, fields, formData, answered);
      }
    },
    failed: async (formError, { fields, previous }) => {
      const stage = stageOf(kind, fields);
      const values = Object.fromEntries(Object.entries(fields).filter(([name]) => !SECRET_FIELDS.has(name)));
      return { ok: false, formError, stage, values, captcha: stage ? null : await freshCaptcha("recovery-appeal"), answered: (previous?.answered ?? 0) + 1 };
    },
  });
}

const APPEAL = { natural: appeal("natural"), legal: appeal("legal") };

export async function appealAction(kind: AccountKind, previous: AppealFormState | null, formData: FormData): Promise<AppealFormState> {
  return APPEAL[kind === "legal" ? "legal" : "natural"](previous, formData);
}
