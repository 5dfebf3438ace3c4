// A file input with a visible label, hint and error linked by aria-describedby. It accepts
// pictures and PDFs and lets a phone offer its camera or its files (no `capture`, which would
// force the camera); what is really accepted is decided on the server from the content. Listing
// JPEG and PNG (not image/*) makes iPhones convert HEIC photos to JPEG before they are sent.
// Used by the verification upload and both appeals.
export interface FileFieldProps {
  id: string;
  /** The form field's name; the id by default. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  requiredMark?: string;
  errorPrefix?: string;
}

export function FileField({ id, name = id, label, hint, error, requiredMark, errorPrefix }: FileFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
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
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full max-w-md rounded border-2 border-ink p-2 text-base file:mr-3 file:rounded file:border-0 file:bg-gov-blue file:px-4 file:py-2 file:font-bold file:text-white"
      />
    </div>
  );
}
