// A text input with a visible label, an optional hint and an error linked by aria-describedby.
// No hooks: usable from server and client components alike.
import type { InputHTMLAttributes } from "react";
import { controlAria, FieldFrame, type FieldFrameProps } from "./field-frame";

export interface TextFieldProps
  extends Omit<FieldFrameProps, "children">,
    Pick<
      InputHTMLAttributes<HTMLInputElement>,
      "type" | "inputMode" | "autoComplete" | "maxLength" | "spellCheck" | "autoCapitalize" | "pattern" | "required"
    > {
  name: string;
  defaultValue?: string;
  /** Wider inputs for long codes; narrow ones for short codes such as an SMS code. */
  width?: "full" | "code";
}

export function TextField({ id, name, label, hint, error, errorPrefix, defaultValue, requiredMark, width = "full", type = "text", ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} requiredMark={requiredMark} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        {...controlAria({ id, hint, error })}
        className={`mt-1 block rounded border-2 px-3 py-2 text-lg ${error ? "border-gov-red" : "border-ink"} ${
          width === "code" ? "w-40 max-w-full tracking-widest" : "w-full max-w-md"
        }`}
        {...input}
      />
    </FieldFrame>
  );
}
