// Cases opened and decided (torch_cases_total), counted by lib/cases after the transaction that
// writes them commits: an audit event written inside it would be counted even when the
// transaction is rolled back (a decision whose effect fails).
import { labelValue, metrics } from "./registry";

export type CaseMetricEvent = "opened" | "approved" | "rejected" | "decision_failed";

/** `type` is null when the case was not found (an unknown reference). */
export function countCase(type: string | null, event: CaseMetricEvent): void {
  metrics().cases.inc({ type: labelValue(type), event });
}
