// The drop-off rate of a funnel step: of the times the step was shown, how many were not followed
// by completing it (the user left, went back, or closed the page). A step with no way on is the
// end of the journey, so nobody "completes" it and it has no drop-off.
import type { StepEventCounts } from "@/lib/db/wizard/count-step-events";

/** Whole percent, or null where there is nothing to divide (no views) or nothing to complete (the last step). */
export function dropOffPercent(counts: StepEventCounts, { last }: { last: boolean }): number | null {
  if (last || counts.viewed === 0) return null;
  // A view before the range can be completed inside it: never below 0 %.
  const notCompleted = Math.max(0, counts.viewed - counts.completed);
  return Math.round((notCompleted / counts.viewed) * 100);
}
