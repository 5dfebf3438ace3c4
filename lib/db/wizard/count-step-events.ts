import "server-only";
// The staff funnel: how often each step of an outcome was viewed, completed and left (issue 4 §9),
// one grouped query for the whole outcome, over a period when one is given (the (outcome, at)
// index serves it).
import type { Db } from "@/lib/db";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import type { StepEventKind } from "./record-step-events";

export type StepEventCounts = Record<StepEventKind, number>;

export async function countStepEvents(options: {
  db: Db;
  outcome: OutcomeCode;
  /** Events at or after `start` and before `end`; every event when absent. */
  period?: { start: Date; end: Date };
}): Promise<Map<string, StepEventCounts>> {
  const at = options.period ? { gte: options.period.start, lt: options.period.end } : undefined;
  const rows = await options.db.stepEvent.groupBy({ by: ["stepId", "kind"], where: { outcome: options.outcome, at }, _count: { _all: true } });
  const counts = new Map<string, StepEventCounts>();
  for (const row of rows) {
    const step = counts.get(row.stepId) ?? { viewed: 0, completed: 0, left: 0 };
    if (row.kind === "viewed" || row.kind === "completed" || row.kind === "left") step[row.kind] = row._count._all;
    counts.set(row.stepId, step);
  }
  return counts;
}
