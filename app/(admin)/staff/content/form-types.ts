// States the content editor's forms get back from their server actions. Field names are the
// editor's field names (`title`, `choices.ok`, `steps.0.href`, `body`).
import type { FormState } from "@/components/forms/form-state";

export type ContentFormState = FormState<string>;
export type RollBackState = FormState<never>;
