// What the applicant submitted with a case (names, ID numbers, a reason), kept as sealed JSON
// (AES-256-GCM): it is personal data and the database never holds it in plain text. A flat
// object of strings; staff pages mask it for display (review-masks.ts).
// Keys used so far — verification-natural: personName, idType, idNumber, failure;
// verification-legal: orgName, uscc, agentName, agentMobile, legalRepName, legalRepId, failure.
import { z } from "zod";
import { openText, sealText } from "@/lib/crypto/seal";

export type CaseDetails = Record<string, string | null>;

const detailsSchema = z.record(z.string(), z.string().nullable());

export function sealCaseDetails(details: CaseDetails): string {
  return sealText(JSON.stringify(detailsSchema.parse(details)));
}

/** The details as submitted, or null when the sealed value does not open or has another shape. */
export function openCaseDetails(detailsEnc: string): CaseDetails | null {
  try {
    const parsed = detailsSchema.safeParse(JSON.parse(openText(detailsEnc)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
