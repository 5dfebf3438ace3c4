import "server-only";
// Starts a journey: a fresh resume code (returned once, for the cookie; stored only as its hash),
// a unique help code, the sealed state. Expired journeys are removed on the way (indexed).
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/accounts/unique-violation";
import { journeyIdOf, newHelpCode, newResumeCode } from "@/lib/wizard/codes";
import { expiryFrom, type JourneyRecord } from "@/lib/wizard/journey-record";
import { currentStepOf, newJourneyState, type JourneyStart } from "@/lib/wizard/journey-state";
import { sealJourneyState } from "@/lib/wizard/sealed-state";

const ATTEMPTS = 5;

export async function createJourney(options: { db: Db; start: JourneyStart; now?: Date }): Promise<{ resumeCode: string; journey: JourneyRecord }> {
  const { db } = options;
  const now = options.now ?? new Date();
  const state = newJourneyState(options.start);
  await db.journey.deleteMany({ where: { expiresAt: { lte: now } } });
  for (let attempt = 1; ; attempt += 1) {
    const resumeCode = newResumeCode();
    try {
      const row = await db.journey.create({
        data: {
          id: journeyIdOf(resumeCode),
          helpCode: newHelpCode(),
          outcome: state.outcome,
          stateEnc: sealJourneyState(state),
          currentStep: currentStepOf(state),
          expiresAt: expiryFrom(now),
          createdAt: now,
        },
        select: { id: true, helpCode: true, createdAt: true, updatedAt: true, expiresAt: true },
      });
      return { resumeCode, journey: { ...row, state, accountId: null } };
    } catch (error) {
      // A help code already in use (1 in 10^9 per live journey): draw both codes again.
      if (!isUniqueViolation(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}
