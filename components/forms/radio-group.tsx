// A set of radio buttons as a fieldset whose legend asks the question; hint and error are linked
// to the fieldset. No hooks: usable from server and client components alike.
import { describedBy, errorBar, FieldHintAndError } from "./field-frame";

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

export interface RadioGroupProps {
  id: string;
  name: string;
  legend: string;
  /** Render the legend as the page heading (one question per page). */
  legendAsHeading?: boolean;
  hint?: string;
  error?: string;
  errorPrefix?: string;
  options: RadioOption[];
  defaultValue?: string;
}

export function RadioGroup({ id, name, legend, legendAsHeading, hint, error, errorPrefix, options, defaultValue }: RadioGroupProps) {
  return (
    <fieldset aria-describedby={describedBy({ id, hint, error })} className={errorBar(error)}>
      <legend className={legendAsHeading ? "mb-2 text-2xl font-bold text-gov-blue sm:text-3xl" : "mb-1 text-lg font-bold"}>
        {legendAsHeading ? <h1>{legend}</h1> : legend}
      </legend>
      <FieldHintAndError id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
      <div className="mt-2 space-y-3">
        {options.map((option, index) => {
          // The first radio carries the group's id, so the error summary's link lands on it.
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          // Named by value, not by optionId: the first option's id is the group's, whose hint is `${id}-hint`.
          const optionHintId = option.hint ? `${id}-${option.value}-hint` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={defaultValue === option.value}
                aria-describedby={optionHintId}
                className="mt-1 h-6 w-6 shrink-0 accent-gov-blue"
              />
              <label htmlFor={optionId} className="cursor-pointer">
                <span className="block text-lg font-bold">{option.label}</span>
                {option.hint ? (
                  <span id={optionHintId} className="block text-muted">
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
