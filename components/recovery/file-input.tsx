// A file input with a visible label, a hint (allowed types and size) and an error linked by
// aria-describedby. `accept` only helps the picker (and offers the camera on phones); the server
// decides by the file's content.
export interface FileInputProps {
  id: string;
  name: string;
  label: string;
  hint: string;
  error?: string;
  errorPrefix?: string;
}

export function FileInput({ id, name, label, hint, error, errorPrefix }: FileInputProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "border-l-4 border-gov-red pl-3" : undefined}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="font-bold text-gov-red">
          {errorPrefix ? <span className="sr-only">{errorPrefix}</span> : null}
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full max-w-md text-lg file:mr-3 file:rounded file:border-2 file:border-ink file:bg-white file:px-3 file:py-2"
      />
    </div>
  );
}
