"use server";
// Continue a journey on this device with its resume code (typed, or filled in from a QR code),
// through the one form-action adapter: anyone may try, limited per client address because the
// code is the key → on success the cookie is set and the person lands on their current step. A
// failure of ours comes back in words with a reference (the adapter logs it once), the code kept.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/components/forms/form-state";
import { formAction } from "@/lib/actions/form-action";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { findJourney } from "@/lib/db/wizard/find-journey";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { normaliseResumeCode } from "@/lib/wizard/codes";
import { currentStepOf } from "@/lib/wizard/journey-state";
import { keepResumeCode } from "../journey/_lib/journey-cookie";

export type ResumeFormState = FormState<"code"> | null;

// Only this action reads the form (the page's field is plain HTML).
const resumeForm = z.object({ code: z.string().max(60).catch("") });
/** Tries per client address: plenty for typos, nowhere near enough to guess 60 bits. */
const RESUME_LIMIT = { points: 20, durationSeconds: 600 };

const kept = (fields: Record<string, string>) => ({ code: (fields.code ?? "").slice(0, 30) });

const resume = formAction<z.infer<typeof resumeForm>, null, NonNullable<ResumeFormState>>({
  name: "guide.resume",
  authorise: async () => null,
  schema: resumeForm,
  // The schema falls back to "" for anything it cannot read: `invalid` is only here for the type.
  invalid: async (_issues, { fields }) => ({ ok: false, fieldErrors: { code: (await getTranslations("wizard.resumePage"))("invalid") }, values: kept(fields) }),
  failed: (formError, { fields }) => ({ ok: false, formError, values: kept(fields) }),
  run: async ({ input: { code } }) => {
    const t = await getTranslations("wizard.resumePage");
    const values = { code: code.slice(0, 30) };
    const resumeCode = normaliseResumeCode(code);
    if (!resumeCode) return { ok: false, fieldErrors: { code: t("invalid") }, values };
    const client = await requestClient();
    const limit = await consumeRateLimit({ key: `journey:resume:${client}`, ...RESUME_LIMIT });
    if (!limit.allowed) return { ok: false, formError: t("tooMany", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }), values };
    const journey = await findJourney({ db: db(), resumeCode });
    // Audited without the code (it is the key): who tried, and whether a journey opened.
    await recordAuditEvent({ db: db(), type: "journey.resume", client, result: journey ? "success" : "failure", detail: journey ? { outcome: journey.state.outcome } : undefined });
    if (!journey) return { ok: false, fieldErrors: { code: t("notFound") }, values };
    await keepResumeCode(resumeCode);
    redirect(`/guide/journey/${currentStepOf(journey.state)}`);
  },
});

export async function resumeJourneyAction(previous: ResumeFormState, formData: FormData): Promise<ResumeFormState> {
  return resume(previous, formData);
}
