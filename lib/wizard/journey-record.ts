// A journey as the pages use it: the stored row with its state opened.
import type { JourneyState } from "./journey-state";

export const JOURNEY_TTL_DAYS = 7;
export const JOURNEY_TTL_MS = JOURNEY_TTL_DAYS * 24 * 60 * 60 * 1000;

export interface JourneyRecord {
  id: string;
  helpCode: string;
  state: JourneyState;
  accountId: number | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
}

/** Kept for 7 days after the last step the user took (a review can take days). */
export function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + JOURNEY_TTL_MS);
}
