// Which outcome and which version the preview shows: a plain GET form, so it works without
// JavaScript and the choice stays in the address (a preview can be sent to a colleague).
import { getTranslations } from "next-intl/server";

export interface PreviewChooserProps {
  action: string;
  outcomes: { code: string; title: string }[];
  outcome: string;
  hasDraft: boolean;
  showDraft: boolean;
}

const select = "mt-1 block w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-lg";

export async function PreviewChooser({ action, outcomes, outcome, hasDraft, showDraft }: PreviewChooserProps) {
  const t = await getTranslations("contentEditor.preview");
  return (
    <form method="get" action={action} className="space-y-4 rounded border-2 border-gray-300 p-4">
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">{t("chooseLegend")}</legend>
        <div>
          <label htmlFor="preview-outcome" className="block font-bold">
            {t("outcome")}
          </label>
          <select id="preview-outcome" name="outcome" defaultValue={outcome} className={select}>
            {outcomes.map(({ code, title }) => (
              <option key={code} value={code}>
                {t("outcomeOption", { code, title })}
              </option>
            ))}
          </select>
        </div>
        {hasDraft ? (
          <div>
            <label htmlFor="preview-version" className="block font-bold">
              {t("version")}
            </label>
            <select id="preview-version" name="version" defaultValue={showDraft ? "draft" : "live"} className={select}>
              <option value="draft">{t("versionDraft")}</option>
              <option value="live">{t("versionLive")}</option>
            </select>
          </div>
        ) : null}
      </fieldset>
      <button type="submit" className="rounded border-2 border-gov-blue bg-white px-4 py-2 font-bold text-gov-blue hover:bg-blue-50">
        {t("show")}
      </button>
    </form>
  );
}
