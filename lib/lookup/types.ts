// The lookup result (interfaces.md "Lookup result"): the same object for the CLI, the HTTP API
// and the pages.
import type { LoginWindow, OutcomeCode } from "@/lib/migration/outcomes";

export interface LookupResult {
  /** The normalised USCC or mobile that was looked up. */
  input: string;
  kind: "enterprise" | "personal";
  registeredInTorch: boolean;
  outcome: OutcomeCode;
  /** In full only when it is the input or `HJ_` + the input; masked otherwise; null when none. */
  loginName: string | null;
  window: LoginWindow | null;
}
