// On the lookup result page, right under the login name: the page's one action, starting the
// guided journey for this outcome (a POST: it creates the journey and its cookie, so it is a form,
// never a link).
import { getTranslations } from "next-intl/server";
import { startJourneyAction } from "../actions";

export async function StartJourney() {
  const t = await getTranslations("wizard.start");
  return (
    <form action={startJourneyAction} className="space-y-2">
      <button type="submit" aria-describedby="journey-start-text" className="rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
        {t("button")}
      </button>
      <p id="journey-start-text" className="text-muted">
        {t("text")}
      </p>
    </form>
  );
}
