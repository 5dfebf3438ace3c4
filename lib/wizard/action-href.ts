// The address of a step's action, carrying `next` back to the step for pages of this site (login
// validates it with safeNextPath; tel: and other addresses go as they are).
import { FLOW } from "./flow";
import type { StepId } from "./steps";

export function journeyStepPath(step: StepId): string {
  return `/guide/journey/${step}`;
}

export function actionHref(step: StepId): string | null {
  const action = FLOW[step].action;
  if (!action) return null;
  if (!action.href.startsWith("/")) return action.href;
  const separator = action.href.includes("?") ? "&" : "?";
  return `${action.href}${separator}next=${encodeURIComponent(journeyStepPath(step))}`;
}
