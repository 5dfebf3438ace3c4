import "server-only";
// Stores a journey's new state after a step (and the account it turned out to be about), and
// keeps it for another 7 days from now.
import type { Db } from "@/lib/db";
import { expiryFrom } from "@/lib/wizard/journey-record";
import { currentStepOf, type JourneyState } from "@/lib/wizard/journey-state";
import { sealJourneyState } from "@/lib/wizard/sealed-state";

export async function saveJourney(options: { db: Db; id: string; state: JourneyState; accountId?: number | null; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  await options.db.journey.update({
    where: { id: options.id },
    data: {
      stateEnc: sealJourneyState(options.state),
      currentStep: currentStepOf(options.state),
      expiresAt: expiryFrom(now),
      ...(options.accountId !== undefined ? { accountId: options.accountId } : {}),
    },
    select: { id: true },
  });
}
