"use server";
// The journey's server actions, thin adapters: the cookie → the journey → zod on the answer →
// the flow's pure `next` with the platform's live facts → save, step events → redirect. A step
// the flow will not leave yet comes back as a FormState saying what the platform still shows,
// with JavaScript (useActionState) and without it (the page renders again with the state). A step's
// answer goes through the one form-action adapter (unexpected errors logged once, with a reference).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/components/forms/form-state";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createJourney } from "@/lib/db/wizard/create-journey";
import { deleteJourney } from "@/lib/db/wizard/delete-journey";
import { recordStepEvents } from "@/lib/db/wizard/record-step-events";
import { saveJourney } from "@/lib/db/wizard/save-journey";
import { FIRST_STEP, FLOW } from "@/lib/wizard/flow";
import { advance, currentStepOf, isOnTrail } from "@/lib/wizard/journey-state";
import { withRouteChange } from "@/lib/wizard/route";
import { isStepId } from "@/lib/wizard/steps";
import { readLookupResult } from "../_lib/guide-cookies";
import { type CurrentJourney, findCurrentJourney, loadCurrentJourney } from "./_lib/current-journey";
import { forgetResumeCode, keepResumeCode } from "./_lib/journey-cookie";

export type StepFormState = FormState<"answer"> | null;

/** From the lookup result page: a journey for the person's own outcome. */
export async function startJourneyAction(): Promise<void> {
  const result = await readLookupResult();
  if (!result) redirect("/guide/result");
  const { resumeCode } = await createJourney({
    db: db(),
    start: { outcome: result.outcome, kind: result.kind, identifier: result.input, loginName: result.loginName, window: result.window },
  });
  await keepResumeCode(resumeCode);
  redirect(`/guide/journey/${FIRST_STEP}`);
}

/** The posted answer, if any: checked against the step's own question once the step is known. */
const postedAnswer = z.object({ answer: z.string().max(40).optional() });

class JourneyExpired extends AppError {
  constructor() {
    super("journeyExpired");
  }
}

/** Whoever holds the journey's cookie may move it on; without one (expired, restarted), nobody. */
async function journeyOfThisBrowser(): Promise<CurrentJourney> {
  const current = await loadCurrentJourney();
  if (!current) throw new JourneyExpired();
  return current;
}

export async function submitStepAction(stepId: string, previous: StepFormState, formData: FormData): Promise<StepFormState> {
  const t = await getTranslations("wizard.blocked");
  return formAction<z.infer<typeof postedAnswer>, CurrentJourney, NonNullable<StepFormState>>({
    name: "guide.journey.step",
    authorise: journeyOfThisBrowser,
    schema: postedAnswer,
    invalid: () => ({ ok: false, fieldErrors: { answer: t("answerRequired") } }),
    describe: async (error) => (error instanceof JourneyExpired ? t("expired") : null),
    failed: (formError) => ({ ok: false, formError }),
    run: async ({ input, actor: { journey, facts } }) => {
      if (!isStepId(stepId) || !isOnTrail(journey.state, stepId)) redirect(`/guide/journey/${currentStepOf(journey.state)}`);
      const step = FLOW[stepId];
      if (!step.next) redirect(`/guide/journey/${stepId}`);
      const parsed = step.input && input.answer !== undefined ? step.input.safeParse(input.answer) : null;
      if (parsed && !parsed.success) return { ok: false, fieldErrors: { answer: t("answerRequired") } };
      const answer = parsed?.success ? parsed.data : undefined;

      const result = step.next({ outcome: journey.state.outcome, answer, facts });
      if ("blocked" in result) {
        const message = t(result.blocked);
        return step.input ? { ok: false, fieldErrors: { answer: message }, values: { answer: answer ?? "" } } : { ok: false, formError: message };
      }
      const { state, left } = advance(journey.state, stepId, answer, result.to);
      // "步骤数已根据您的回答调整" on the next step when the answer changed the route's total.
      await saveJourney({ db: db(), id: journey.id, state: withRouteChange(journey.state, state) });
      await recordStepEvents({
        db: db(),
        outcome: state.outcome,
        events: [{ stepId, kind: "completed" }, ...left.map((leftStep) => ({ stepId: leftStep, kind: "left" as const }))],
      });
      redirect(`/guide/journey/${result.to}`);
    },
  })(previous, formData);
}

/** "重新开始": the journey ends (its codes stop working) and the person looks up again. */
export async function restartJourneyAction(): Promise<void> {
  const current = await findCurrentJourney();
  if (current) {
    const { journey } = current;
    const here = currentStepOf(journey.state);
    if (FLOW[here].next) await recordStepEvents({ db: db(), outcome: journey.state.outcome, events: [{ stepId: here, kind: "left" }] });
    await deleteJourney({ db: db(), id: journey.id });
  }
  await forgetResumeCode();
  redirect("/guide");
}
