// A text input with a visible label, an optional hint and an error linked by aria-describedby.
// No hooks: usable from server and client components alike.
import type { InputHTMLAttributes } from "react";

export interface TextFieldProps
  extends Pick<
    InputHTMLAttributes<HTMLInputElement>,
    "type" | "inputMode" | "autoComplete" | "maxLength" | "spellCheck" | "autoCapitalize" | "pattern" | "required"
  > {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  /** Marks the label "(必填)" etc.; passed translated. */
  requiredMark?: string;
  /** Read before the error by screen readers only (e.g. "错误："), passed translated. */
  errorPrefix?: string;
  /** Wider inputs for long codes; narrow ones for short codes such as an SMS code. */
  width?: "full" | "code";
}

export function TextField({ id, name, label, hint, error, errorPrefix, defaultValue, requiredMark, width = "full", type = "text", ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "border-l-4 border-gov-red pl-3" : undefined}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
        {requiredMark ? <span className="ml-1 text-base font-normal text-muted">{requiredMark}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-bold text-gov-red">
          {errorPrefix ? <span className="sr-only">{errorPrefix}</span> : null}
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block rounded border-2 px-3 py-2 text-lg ${error ? "border-gov-red" : "border-ink"} ${
          width === "code" ? "w-40 max-w-full tracking-widest" : "w-full max-w-md"
        }`}
        {...input}
      />
    </div>
  );
}
