// "重新开始" as a plain form (it deletes the journey, so it is a POST, never a link).
import { getTranslations } from "next-intl/server";
import { restartJourneyAction } from "../actions";

export async function RestartForm() {
  const t = await getTranslations("wizard.restart");
  return (
    <form action={restartJourneyAction} className="print:hidden">
      <button type="submit" className="rounded border-2 border-gov-red px-4 py-1 font-bold text-gov-red hover:bg-red-50" aria-describedby="restart-hint">
        {t("button")}
      </button>
      <p id="restart-hint" className="mt-1 text-muted">
        {t("hint")}
      </p>
    </form>
  );
}
