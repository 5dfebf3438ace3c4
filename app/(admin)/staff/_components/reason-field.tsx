// A multi-line text field with a visible label, a hint and an error linked by aria-describedby
// (the text-field pattern for a textarea).
export interface ReasonFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix?: string;
  defaultValue?: string;
  maxLength?: number;
}

export function ReasonField({ id, name, label, hint, error, errorPrefix, defaultValue, maxLength }: ReasonFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "border-l-4 border-gov-red pl-3" : undefined}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
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
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block w-full max-w-xl rounded border-2 px-3 py-2 text-lg ${error ? "border-gov-red" : "border-ink"}`}
      />
    </div>
  );
}
