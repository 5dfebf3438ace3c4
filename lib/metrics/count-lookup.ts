// Lookups by kind and result (lib/lookup/lookup-service.ts calls this): the outcome code of an
// answered lookup, `code_sent` for a mobile's first step, or why one was refused.
import type { LookupResult } from "@/lib/lookup/types";
import { metrics } from "./registry";

type Step = "rate_limited" | "invalid_input" | "captcha_failed" | "code_sent";

export function countLookup<T extends LookupResult | Step>(kind: "enterprise" | "personal" | null, result: T): T {
  const label = typeof result === "string" ? result : result.outcome;
  metrics().lookups.inc({ kind: kind ?? "unknown", result: label });
  return result;
}
