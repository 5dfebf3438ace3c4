// What every form field shares: the hint and the error, each with an id the control names in
// aria-describedby, the screen-reader-only prefix before the error, and the red bar beside a field
// with an error. FieldFrame adds the visible label for a single control (text, file, textarea);
// a radio group or the captcha uses the pieces around its own legend.
// No hooks: usable from server and client components alike.
import type { ReactNode } from "react";

export interface FieldTextProps {
  id: string;
  hint?: string;
  error?: string;
  /** Read before the error by screen readers only (e.g. "错误："), passed translated. */
  errorPrefix?: string;
}

/** The red bar beside a field while it has an error. */
export function errorBar(error: string | undefined): string | undefined {
  return error ? "border-l-4 border-gov-red pl-3" : undefined;
}

/** The ids of the hint and the error shown, for aria-describedby. */
export function describedBy({ id, hint, error }: FieldTextProps): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The attributes that tie a control to its hint and error. */
export function controlAria(field: FieldTextProps) {
  return { "aria-describedby": describedBy(field), "aria-invalid": field.error ? true : undefined } as const;
}

export function FieldHintAndError({ id, hint, error, errorPrefix }: FieldTextProps) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-bold text-gov-red">
          {errorPrefix ? <span className="sr-only">{errorPrefix}</span> : null}
          {error}
        </p>
      ) : null}
    </>
  );
}

export interface FieldFrameProps extends FieldTextProps {
  label: string;
  /** Marks the label "(必填)" etc.; passed translated. */
  requiredMark?: string;
  /** The control, with `id` and the attributes of `controlAria`. */
  children: ReactNode;
}

export function FieldFrame({ label, requiredMark, children, ...field }: FieldFrameProps) {
  return (
    <div className={errorBar(field.error)}>
      <label htmlFor={field.id} className="block text-lg font-bold">
        {label}
        {requiredMark ? <span className="ml-1 text-base font-normal text-muted">{requiredMark}</span> : null}
      </label>
      <FieldHintAndError {...field} />
      {children}
    </div>
  );
}
