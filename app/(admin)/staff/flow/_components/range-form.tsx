// The funnel's date range: a GET form (it changes nothing, and a link to the result can be shared
// among staff), checked on the server (lib/wizard/flow-diagram-range.ts). A wrong date is named
// in the summary and beside its field, what was typed stays, and the page counts the last 30 days.
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import type { ParsedDateRange } from "@/lib/wizard/flow-diagram-range";

export function RangeForm({ outcome, parsed }: { outcome: string; parsed: ParsedDateRange }) {
  const t = useTranslations("staffFlow.range");
  const errorOf = (field: "from" | "to") => {
    const code = parsed.errors[field];
    return code ? t(`errors.${code}`) : undefined;
  };
  const errors = (["from", "to"] as const).flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ href: `#${field}`, message }] : [];
  });
  return (
    <form method="get" action="/staff/flow" className="max-w-3xl space-y-3" data-testid="flow-range">
      <ErrorSummary title={t("errorSummaryTitle")} errors={errors} />
      <input type="hidden" name="outcome" value={outcome} />
      <fieldset className="space-y-3">
        <legend className="text-lg font-bold">{t("legend")}</legend>
        <p className="text-muted">{t("hint")}</p>
        <div className="grid max-w-xl gap-4 sm:grid-cols-2">
          {(["from", "to"] as const).map((field) => (
            <TextField
              key={field}
              id={field}
              name={field}
              type="date"
              label={t(field)}
              hint={t("dateHint")}
              error={errorOf(field)}
              errorPrefix={t("errorPrefix")}
              defaultValue={parsed.values[field]}
            />
          ))}
        </div>
      </fieldset>
      <button type="submit" className="rounded bg-gov-blue px-4 py-2 font-bold text-white hover:bg-gov-blue-dark">
        {t("submit")}
      </button>
      <p className={errors.length > 0 ? "font-bold" : undefined} data-testid="flow-range-shown">
        {t(errors.length > 0 ? "fallback" : "shown", parsed.range)}
      </p>
    </form>
  );
}
