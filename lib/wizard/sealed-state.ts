// Journey.stateEnc: the state as sealed JSON (AES-256-GCM with the data key), because it holds
// the looked-up USCC or mobile. Opening checks the shape again: a journey saved by an older
// version that no longer fits is treated as gone rather than half-read.
import { openText, sealText } from "@/lib/crypto/seal";
import { journeyStateSchema, type JourneyState } from "./journey-state";

export function sealJourneyState(state: JourneyState): string {
  return sealText(JSON.stringify(state));
}

export function openJourneyState(sealed: string): JourneyState | null {
  try {
    const parsed = journeyStateSchema.safeParse(JSON.parse(openText(sealed)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
