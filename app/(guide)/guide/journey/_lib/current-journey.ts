import "server-only";
// The journey of this browser (from its cookie), and with it the platform's facts about it, each
// shared by every component of one request (React `cache`). A login that confirms the account is
// kept on the journey, so later steps find it even if the identifier would not.
import { cache } from "react";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { findJourney } from "@/lib/db/wizard/find-journey";
import { readJourneyFacts } from "@/lib/db/wizard/read-journey-facts";
import { saveJourney } from "@/lib/db/wizard/save-journey";
import type { JourneyFacts } from "@/lib/wizard/facts";
import type { JourneyRecord } from "@/lib/wizard/journey-record";
import { readResumeCode } from "./journey-cookie";

export interface StoredJourney {
  resumeCode: string;
  journey: JourneyRecord;
}

export interface CurrentJourney extends StoredJourney {
  facts: JourneyFacts;
}

/** The journey alone, for what needs only its path (where it is, restarting it): no platform reads. */
export const findCurrentJourney = cache(async (): Promise<StoredJourney | null> => {
  const resumeCode = await readResumeCode();
  if (!resumeCode) return null;
  const journey = await findJourney({ db: db(), resumeCode });
  return journey ? { resumeCode, journey } : null;
});

export const loadCurrentJourney = cache(async (): Promise<CurrentJourney | null> => {
  const stored = await findCurrentJourney();
  if (!stored) return null;
  const { journey } = stored;
  const session = await getCurrentSession();
  const { facts, confirmedAccountId } = await readJourneyFacts({ db: db(), journey, sessionAccountId: session?.accountId ?? null });
  if (confirmedAccountId !== null && confirmedAccountId !== journey.accountId) {
    await saveJourney({ db: db(), id: journey.id, state: journey.state, accountId: confirmedAccountId });
    journey.accountId = confirmedAccountId;
  }
  return { ...stored, facts };
});
