// On the lookup result page: start the guided journey for this outcome (a POST: it creates the
// journey and its cookie, so it is a form, never a link).
import { getTranslations } from "next-intl/server";
import { startJourneyAction } from "../actions";

export async function StartJourney() {
  const t = await getTranslations("wizard.start");
  return (
    <section aria-labelledby="journey-start-heading" className="space-y-2 rounded border-2 border-gov-blue p-4">
      <h2 id="journey-start-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p>{t("text")}</p>
      <form action={startJourneyAction}>
        <button type="submit" className="rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
          {t("button")}
        </button>
      </form>
    </section>
  );
}
