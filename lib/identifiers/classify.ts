// Decides whether a lookup input is meant as a USCC (enterprise) or a mobile (personal).
import { checkMobile, type MobileCheck, normaliseMobile } from "./mobile";
import { checkUscc, type UsccCheck } from "./uscc";

export type LookupInput = ({ kind: "enterprise" } & UsccCheck) | ({ kind: "personal" } & MobileCheck);

/**
 * A USCC is 18 characters and a mobile 11 digits, so the shape decides: something that is all
 * digits (after removing +86, spaces and dashes) and no longer than 13 is read as a mobile, since
 * that is what a person mistyping a mobile produces; everything else is read as a USCC, whose
 * error messages then talk about the code.
 */
export function classifyLookupInput(raw: string): LookupInput {
  const asMobile = normaliseMobile(raw);
  if (/^\d{1,13}$/.test(asMobile) && asMobile.length < 18) return { kind: "personal", ...checkMobile(raw) };
  return { kind: "enterprise", ...checkUscc(raw) };
}
