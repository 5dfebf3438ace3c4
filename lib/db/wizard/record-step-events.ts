import "server-only";
// Step events for the staff funnel (issue 4 §9): outcome, step and what happened — no journey id,
// account or identifier, so the table holds no personal data.
import type { Db } from "@/lib/db";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import type { StepId } from "@/lib/wizard/steps";

export type StepEventKind = "viewed" | "completed" | "left";

export async function recordStepEvents(options: {
  db: Db;
  outcome: OutcomeCode;
  events: { stepId: StepId; kind: StepEventKind }[];
  now?: Date;
}): Promise<void> {
  if (options.events.length === 0) return;
  const at = options.now ?? new Date();
  await options.db.stepEvent.createMany({ data: options.events.map((event) => ({ outcome: options.outcome, ...event, at })) });
}
