export { classifyLookupInput, type LookupInput } from "./classify";
export { checkMobile, normaliseMobile, type MobileCheck, type MobileError } from "./mobile";
export { compact, toHalfWidth } from "./normalise";
export {
  checkResidentId,
  normaliseResidentId,
  residentIdCheckDigit,
  type ResidentIdCheck,
  type ResidentIdError,
} from "./resident-id";
export { checkUscc, normaliseUscc, USCC_ALPHABET, usccCheckCharacter, type UsccCheck, type UsccError } from "./uscc";

/** Stable message keys for identifier errors, looked up in the message catalogue. */
export type IdentifierErrorKey = `identifiers.${"uscc" | "residentId" | "mobile"}.${string}`;
