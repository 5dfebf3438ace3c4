// Stable message keys for identifier errors. User-facing text lives in the message catalogues, so
// these keys (not sentences) are what validators, forms and the API pass around.
import type { MobileError } from "./mobile";
import type { ResidentIdError } from "./resident-id";
import type { UsccError } from "./uscc";

/** `checkCharacter` is not a UsccError (the check does not refuse it), but callers may show it. */
export type IdentifierErrorKey =
  | `identifiers.uscc.${UsccError | "checkCharacter"}`
  | `identifiers.residentId.${ResidentIdError}`
  | `identifiers.mobile.${MobileError}`;

type ErrorsByField = { uscc: UsccError | "checkCharacter"; residentId: ResidentIdError; mobile: MobileError };

export function identifierErrorKey<F extends keyof ErrorsByField>(field: F, error: ErrorsByField[F]): IdentifierErrorKey {
  return `identifiers.${field}.${error}` as IdentifierErrorKey;
}
