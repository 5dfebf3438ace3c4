import "server-only";
// The journey a resume code (from the cookie, a QR code or typed) stands for, or null when there
// is none, it has expired, or its state cannot be opened.
import type { Db } from "@/lib/db";
import { journeyIdOf } from "@/lib/wizard/codes";
import type { JourneyRecord } from "@/lib/wizard/journey-record";
import { openJourneyState } from "@/lib/wizard/sealed-state";

export async function findJourney(options: { db: Db; resumeCode: string; now?: Date }): Promise<JourneyRecord | null> {
  const now = options.now ?? new Date();
  const row = await options.db.journey.findUnique({
    where: { id: journeyIdOf(options.resumeCode) },
    select: { id: true, helpCode: true, stateEnc: true, accountId: true, createdAt: true, updatedAt: true, expiresAt: true },
  });
  if (!row || row.expiresAt <= now) return null;
  const state = openJourneyState(row.stateEnc);
  if (!state) return null;
  const { stateEnc: _sealed, ...rest } = row;
  return { ...rest, state };
}
