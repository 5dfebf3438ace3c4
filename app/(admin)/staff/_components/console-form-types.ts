// What a console form's server action answers: a notice (and, once, a secret such as a new staff
// member's initial password) or the errors beside their fields with what was typed.
import type { FormState } from "@/components/forms/form-state";

export type ConsoleState = FormState<string, { notice: string; secret?: string }>;

export type ConsoleActionFn = (previous: ConsoleState | null, formData: FormData) => Promise<ConsoleState>;

export interface ConsoleField {
  kind: "text" | "password" | "date" | "select" | "textarea";
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  options?: { value: string; label: string }[];
  maxLength?: number;
  autoComplete?: string;
}
