// Decides whether a lookup input is meant as a USCC (enterprise) or a mobile (personal).
import { checkMobile, type MobileCheck, normaliseMobile } from "./mobile";
import { checkUscc, type UsccCheck } from "./uscc";

export type LookupInput = ({ kind: "enterprise" } & UsccCheck) | ({ kind: "personal" } & MobileCheck);

/**
 * The shape decides, after normalisation (half-width, no spaces or dashes, no +86/86 prefix):
 * - all digits and at most 13 of them → personal. A mobile is 11 digits; 12–13 is a mobile with a
 *   digit too many or an unstripped prefix, and a short run of digits is what someone mistyping a
 *   mobile produces. This holds even when it does not start with 1, so "9111010" gets the mobile
 *   message ("11 digits starting with 1"), which tells a person what a lookup accepts.
 * - anything else (letters, or 14+ digits) → enterprise: a USCC is 18 characters and usually has
 *   letters, and its error messages then talk about the code.
 * lib/lookup/parse-lookup-input.test.ts relies on these boundaries.
 */
export function classifyLookupInput(raw: string): LookupInput {
  if (/^\d{1,13}$/.test(normaliseMobile(raw))) return { kind: "personal", ...checkMobile(raw) };
  return { kind: "enterprise", ...checkUscc(raw) };
}
