// The ordered next steps of an outcome, each optionally with a link to where it is done.
import type { OutcomeStep } from "@/lib/content/outcome-frontmatter";
import { StepAction } from "./step-action";

export function OutcomeSteps({ heading, steps, idPrefix = "" }: { heading: string; steps: OutcomeStep[]; idPrefix?: string }) {
  return (
    <section aria-labelledby={`${idPrefix}steps-heading`}>
      <h2 id={`${idPrefix}steps-heading`} className="mb-2 text-xl font-bold">
        {heading}
      </h2>
      <ol className="list-decimal space-y-3 pl-6">
        {steps.map((step) =>
          typeof step === "string" ? (
            <li key={step}>{step}</li>
          ) : (
            <li key={step.text}>
              <p>{step.text}</p>
              <StepAction href={step.href}>{step.linkText}</StepAction>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
