import "server-only";
// The sealed JSON of a case's details, opened for staff. A value that does not open (wrong key,
// damaged) yields null: the page says so instead of failing the whole queue.
import { openText } from "@/lib/crypto/seal";

export function openSealedDetails(detailsEnc: string): unknown {
  try {
    return JSON.parse(openText(detailsEnc)) as unknown;
  } catch {
    return null;
  }
}
