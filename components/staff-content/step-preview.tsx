// A step's text as one outcome's journey shows it: the heading with the step's place in the
// expected path, the text with its components bound for that outcome (the login name described in
// words, as on the public pages, since a preview has no looked-up account), and the question.
import { getTranslations } from "next-intl/server";
import { RadioGroup } from "@/components/forms/radio-group";
import { bindStepComponents } from "@/components/guide/step-components";
import { StepBody, StepTitle } from "@/components/guide/step-text";
import { loadOutcomeFrontmatter } from "@/lib/content/load-outcome-frontmatter";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { journeyWindow, NO_FACTS } from "@/lib/wizard/facts";
import { FIRST_STEP, FLOW } from "@/lib/wizard/flow";
import { projectRemaining } from "@/lib/wizard/progress";
import { loadStepContent } from "@/lib/wizard/step-content";
import type { StepId } from "@/lib/wizard/steps";

async function loginNameHint(outcome: OutcomeCode): Promise<string | undefined> {
  const t = await getTranslations("wizard.loginNameHint");
  // As the journey page words it for the outcomes without a login name of their own.
  if (outcome === "E-U1" || outcome === "P-U1") return t("registered");
  if (outcome === "P-R4") return t("appeal");
  // Front matter only: the publish gate renders a step for up to 13 outcomes, and compiling each
  // outcome's whole text for one hint doubled its time.
  return (await loadOutcomeFrontmatter({ code: outcome })).loginNameHint;
}

export async function StepPreview({ step, outcome, source, idPrefix }: { step: StepId; outcome: OutcomeCode; source: string; idPrefix: string }) {
  const t = await getTranslations("wizard");
  const components = bindStepComponents({
    step,
    loginName: null,
    loginNameHint: await loginNameHint(outcome),
    window: journeyWindow(outcome),
    actionReturn: t("actionReturn"),
    idPrefix,
  });
  const { content, frontmatter } = await loadStepContent({ step, components, source });
  const path = [FIRST_STEP, ...projectRemaining(outcome, FIRST_STEP, NO_FACTS)];
  const position = path.indexOf(step) + 1;
  const input = FLOW[step].input;
  return (
    <article className="max-w-3xl space-y-6">
      <StepTitle progress={position > 0 ? t("progress", { position, total: path.length }) : ""} separator={t("progressSeparator")} title={frontmatter.title} />
      <StepBody>{content}</StepBody>
      {input && frontmatter.question ? (
        <RadioGroup
          id={`${idPrefix}answer`}
          name={`${idPrefix}answer`}
          legend={frontmatter.question}
          options={input.options.map((value) => ({ value, label: frontmatter.choices?.[value] ?? value }))}
        />
      ) : null}
    </article>
  );
}
