// "您的回答", folded into the step's footer: the questions answered on the path, each with a link
// back to change it. Changing an answer keeps the later ones (lib/wizard/journey-state.ts advance).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { answeredSteps, type JourneyState } from "@/lib/wizard/journey-state";
import { loadStepFrontmatter } from "@/lib/wizard/step-content";

export async function AnswersSummary({ state }: { state: JourneyState }) {
  const t = await getTranslations("wizard.answers");
  const answered = await Promise.all(
    answeredSteps(state).map(async ({ step, answer }) => {
      const frontmatter = await loadStepFrontmatter(step);
      return { step, title: frontmatter.title, answer: frontmatter.choices?.[answer] ?? answer };
    }),
  );
  if (answered.length === 0) return null;
  return (
    <details className="print:hidden">
      <summary className="cursor-pointer font-bold text-gov-blue">{t("heading", { count: answered.length })}</summary>
      <dl className="mt-2 divide-y divide-gray-300 border-y border-gray-300" data-testid="answers">
        {answered.map(({ step, title, answer }) => (
          <div key={step} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
            <dt className="w-full font-bold sm:w-auto">{title}</dt>
            <dd className="flex-1">{answer}</dd>
            <dd>
              <Link className="text-gov-blue underline underline-offset-4" href={`/guide/journey/${step}`} prefetch={false} aria-label={t("changeLabel", { step: title })}>
                {t("change")}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
