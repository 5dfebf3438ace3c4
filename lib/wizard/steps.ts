// The ids of every step of the guided journey. Stable identifiers: they are URLs
// (/guide/journey/<id>), content file names (content/<locale>/steps/<id>.mdx), keys of stored
// answers and of step events, so an id is never renamed — a changed step gets a new id.
import type { LoginWindow } from "@/lib/migration/outcomes";

const perWindow = <Prefix extends string>(prefix: Prefix) => [`${prefix}-legal`, `${prefix}-natural`] as const;

export const STEP_IDS = [
  "overview",
  ...perWindow("register"),
  ...perWindow("log-in"),
  ...perWindow("reset"),
  ...perWindow("log-in-again"),
  ...perWindow("appeal"),
  ...perWindow("appeal-waiting"),
  ...perWindow("verify"),
  ...perWindow("verify-failed"),
  ...perWindow("upload"),
  ...perWindow("verify-waiting"),
  "authorisation",
  "enter-systems",
  "personal-services",
  "call-support",
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

/** The step families that come in a 法人 and a 自然人 version. */
export type WindowedStep = "register" | "log-in" | "reset" | "log-in-again" | "appeal" | "appeal-waiting" | "verify" | "verify-failed" | "upload" | "verify-waiting";

export function stepFor<Family extends WindowedStep>(family: Family, window: LoginWindow): `${Family}-${LoginWindow}` & StepId {
  return `${family}-${window}` as `${Family}-${LoginWindow}` & StepId;
}
