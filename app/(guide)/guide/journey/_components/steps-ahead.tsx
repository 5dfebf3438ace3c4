// The overview step's one thing: the steps this journey expects, by title, in order (the route
// where everything works; a failed check or a forgotten password adds its steps when it happens).
import { getTranslations } from "next-intl/server";
import type { JourneyFacts } from "@/lib/wizard/facts";
import type { JourneyState } from "@/lib/wizard/journey-state";
import { projectRemaining } from "@/lib/wizard/progress";
import { loadStepFrontmatter } from "@/lib/wizard/step-content";

export async function StepsAhead({ state, facts }: { state: JourneyState; facts: JourneyFacts }) {
  const t = await getTranslations("wizard.overview");
  const ahead = await Promise.all(projectRemaining(state.outcome, "overview", facts).map(async (step) => ({ step, ...(await loadStepFrontmatter(step)) })));
  return (
    <section aria-labelledby="steps-ahead-heading" className="space-y-2">
      <h2 id="steps-ahead-heading" className="text-xl font-bold">
        {t("aheadHeading")}
      </h2>
      <ul className="list-disc space-y-1 pl-6" data-testid="steps-ahead">
        {ahead.map(({ step, title }) => (
          <li key={step}>{title}</li>
        ))}
      </ul>
    </section>
  );
}
