// A multi-line text field with a visible label, a hint and an error linked by aria-describedby
// (the text-field pattern for a textarea). No hooks: usable from server and client components.
import type { TextareaHTMLAttributes } from "react";
import { controlAria, FieldFrame, type FieldFrameProps } from "./field-frame";

const LOOKS = {
  /** A few sentences, as wide as a text field. */
  prose: "w-full max-w-md rounded border-2 px-3 py-2 text-lg",
  /** A few sentences on a wider page (the staff case). */
  wideProse: "w-full max-w-xl rounded border-2 px-3 py-2 text-lg",
  /** Source text (MDX) across the whole form, in monospace. */
  source: "w-full rounded border-2 px-3 py-2 font-mono text-base",
} as const;

export interface TextAreaFieldProps
  extends Omit<FieldFrameProps, "children">,
    Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, "rows" | "maxLength" | "spellCheck"> {
  name: string;
  defaultValue?: string;
  look?: keyof typeof LOOKS;
}

export function TextAreaField({ id, name, label, hint, error, errorPrefix, requiredMark, defaultValue, look = "prose", rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} requiredMark={requiredMark} hint={hint} error={error} errorPrefix={errorPrefix}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        {...textarea}
        {...controlAria({ id, hint, error })}
        className={`mt-1 block ${LOOKS[look]} ${error ? "border-gov-red" : "border-ink"}`}
      />
    </FieldFrame>
  );
}
