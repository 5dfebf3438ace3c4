// A step's MDX with the components it may use, bound to this journey (components/guide/step-components).
import { bindStepComponents } from "@/components/guide/step-components";
import type { CompiledMdx } from "@/lib/content/compile-mdx";
import { journeyWindow } from "@/lib/wizard/facts";
import type { JourneyState } from "@/lib/wizard/journey-state";
import { loadStepContent } from "@/lib/wizard/step-content";
import type { StepFrontmatter } from "@/lib/wizard/step-frontmatter";
import type { StepId } from "@/lib/wizard/steps";

export interface BoundLabels {
  loginNameHint?: string;
  actionReturn: string;
}

export async function loadBoundStepContent(step: StepId, state: JourneyState, labels: BoundLabels): Promise<CompiledMdx<StepFrontmatter>> {
  const components = bindStepComponents({
    step,
    loginName: state.loginName ?? null,
    loginNameHint: labels.loginNameHint,
    window: journeyWindow(state.outcome),
    actionReturn: labels.actionReturn,
  });
  return loadStepContent({ step, components });
}
