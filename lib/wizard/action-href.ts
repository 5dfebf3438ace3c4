// The address of a step's action, carrying `next` back to the step for pages of this site (login
// validates it with safeNextPath; tel: and other addresses go as they are).
import { FLOW } from "./flow";
import type { StepId } from "./steps";

export function journeyStepPath(step: StepId): string {
  return `/guide/journey/${step}`;
}

function backToStep(href: string, step: StepId): string {
  const separator = href.includes("?") ? "&" : "?";
  return `${href}${separator}next=${encodeURIComponent(journeyStepPath(step))}`;
}

export function actionHref(step: StepId): string | null {
  const action = FLOW[step].action;
  if (!action) return null;
  if (!action.href.startsWith("/")) return action.href;
  return backToStep(action.href, step);
}

/**
 * A link in a step's text: one into the platform (a page of this site outside the guide) leads back
 * to the step like the step's action, so editors write plain `[文字](/recovery/hint)`. The guide's
 * own pages, other sites, tel: and a link that already names its way back stay as written.
 */
export function contentLinkHref(step: StepId, href: string): string {
  const sitePage = href.startsWith("/") && !href.startsWith("//");
  if (!sitePage || href === "/guide" || href.startsWith("/guide/") || href.startsWith("/guide?") || /[?&]next=/.test(href)) return href;
  return backToStep(href, step);
}
