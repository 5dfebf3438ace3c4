// The fields of the console's GET filter forms: visible labels, the error beside its field and
// linked to it. Server components: a GET form needs no JavaScript.
import { controlAria, FieldHintAndError } from "@/components/forms/field-frame";

interface FilterFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  errorPrefix: string;
  hint?: string;
}

const control = (error?: string) => `mt-1 block w-full rounded border-2 px-3 py-2 text-lg ${error ? "border-gov-red" : "border-ink"}`;

export function FilterText({ id, label, value, error, errorPrefix, hint, type = "text" }: FilterFieldProps & { type?: "text" | "date" }) {
  return (
    <div className={error ? "border-l-4 border-gov-red pl-3" : undefined}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldHintAndError id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
      <input id={id} name={id} type={type} defaultValue={value} maxLength={64} autoComplete="off" {...controlAria({ id, hint, error })} className={control(error)} />
    </div>
  );
}

export function FilterSelect({ id, label, value, error, errorPrefix, options }: FilterFieldProps & { options: { value: string; label: string }[] }) {
  return (
    <div className={error ? "border-l-4 border-gov-red pl-3" : undefined}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldHintAndError id={id} error={error} errorPrefix={errorPrefix} />
      <select id={id} name={id} defaultValue={value} {...controlAria({ id, error })} className={control(error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
