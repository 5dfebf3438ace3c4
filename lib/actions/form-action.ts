import "server-only";
// The one adapter every server action goes through: authorise → read the posted text fields →
// zod → the action's own work → a typed FormState. Errors are handled here once: Next's control
// flow (redirect, notFound, forbidden) passes through; an AppError is expected and shown in words
// looked up by its code (`errors.codes.<code>`); anything else is logged once with a reference and
// answered with the generic words and that reference, so a page never shows a 500 for a form post.
// A refusal posted without JavaScript also marks the page's title "错误：" (failed-post.ts).
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { newErrorReference } from "@/lib/errors/reference";
import { errorFields, logger } from "@/lib/log/logger";
import { markFailedPost } from "./failed-post";
import { type FormFields, formFields } from "./form-fields";

export interface FormActionInput<State> {
  fields: FormFields;
  formData: FormData;
  previous: State | null;
}

export interface FormActionContext<Input, Actor, State> extends FormActionInput<State> {
  input: Input;
  actor: Actor;
}

export interface FormActionSpec<Input, Actor, State> {
  /** Names the action in the log, e.g. `staff.content.save`. */
  name: string;
  /** Who may do this; redirects (or throws `forbidden()`) when the caller may not. Runs first. */
  authorise: () => Promise<Actor>;
  schema: z.ZodType<Input>;
  /** The state for input zod refused: usually field errors beside the fields and the values kept. */
  invalid: (issues: readonly z.core.$ZodIssue[], posted: FormActionInput<State>) => State | Promise<State>;
  run: (context: FormActionContext<Input, Actor, State>) => Promise<State>;
  /** The state carrying a form-level message (an expected refusal or the generic error). */
  failed: (formError: string, posted: FormActionInput<State>) => State | Promise<State>;
  /** Words for an expected error; default: `errors.codes.<code>` when the catalogue has it. */
  describe?: (error: AppError) => Promise<string | null>;
}

export type FormActionHandler<State> = (previous: State | null, formData: FormData) => Promise<State>;

export function formAction<Input, Actor, State>(spec: FormActionSpec<Input, Actor, State>): FormActionHandler<State> {
  return async (previous, formData) => {
    const state = await settle(spec, previous, formData);
    if (isRefusal(state)) await markFailedPost();
    return state;
  };
}

async function settle<Input, Actor, State>(spec: FormActionSpec<Input, Actor, State>, previous: State | null, formData: FormData): Promise<State> {
  const posted: FormActionInput<State> = { fields: {}, formData, previous };
  try {
    const actor = await spec.authorise();
    posted.fields = formFields(formData);
    const parsed = spec.schema.safeParse(posted.fields);
    if (!parsed.success) return await spec.invalid(parsed.error.issues, posted);
    return await spec.run({ ...posted, input: parsed.data, actor });
  } catch (error) {
    unstable_rethrow(error);
    return spec.failed(await describeFailure(spec, error), posted);
  }
}

/** A FormState that says no (`ok: false`): the page is shown again with its errors. */
function isRefusal(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as { ok?: unknown }).ok === false;
}

async function describeFailure<Input, Actor, State>(spec: FormActionSpec<Input, Actor, State>, error: unknown): Promise<string> {
  const t = await getTranslations("errors");
  if (error instanceof AppError) {
    const words = spec.describe ? await spec.describe(error) : null;
    const key = `codes.${error.code}`;
    const known = words ?? (t.has(key) ? t(key) : null);
    if (known) {
      logger.info("action.refused", { action: spec.name, code: error.code });
      return known;
    }
  }
  const reference = newErrorReference();
  logger.error("action.failed", { action: spec.name, reference, ...errorFields(error) });
  return t("actionFailed", { reference });
}
