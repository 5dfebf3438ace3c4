// "重新开始" as a plain form (it deletes the journey, so it is a POST, never a link): a small
// button in the step's footer, its consequence said beside it.
import { getTranslations } from "next-intl/server";
import { restartJourneyAction } from "../actions";

export async function RestartForm() {
  const t = await getTranslations("wizard.restart");
  return (
    <form action={restartJourneyAction} className="flex flex-wrap items-center gap-x-3 gap-y-1 print:hidden">
      <button type="submit" className="rounded border-2 border-gov-red px-3 py-0.5 font-bold text-gov-red hover:bg-red-50" aria-describedby="restart-hint">
        {t("button")}
      </button>
      <span id="restart-hint" className="text-muted">
        {t("hint")}
      </span>
    </form>
  );
}
