// Where a step's content lives; shared by the loader and the content test.
import path from "node:path";
import type { StepId } from "./steps";

export const STEP_CONTENT_LOCALE = "zh-CN";

export function stepContentPath(step: StepId, locale = STEP_CONTENT_LOCALE): string {
  return path.join(process.cwd(), "content", locale, "steps", `${step}.mdx`);
}
