export { classifyLookupInput, type LookupInput } from "./classify";
export { identifierErrorKey, type IdentifierErrorKey } from "./errors";
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
