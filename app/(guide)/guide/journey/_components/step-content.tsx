// A step's MDX with the components it may use, bound to this journey: the callout (folded: the
// step's one thing is its instruction and action), the login name box (the lookup's login name and
// the journey's window), the platform's address (PLATFORM_URL) and the step's own action, which
// says where it leads: the platform's page, and back here once done.
import type { ReactNode } from "react";
import { FoldedCallout } from "@/components/guide/callout";
import { LoginNameBox } from "@/components/guide/login-name-box";
import { PlatformAddress } from "@/components/guide/platform-address";
import { StepAction } from "@/components/guide/step-action";
import type { CompiledMdx } from "@/lib/content/compile-mdx";
import { actionHref } from "@/lib/wizard/action-href";
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
  const href = actionHref(step);
  const window = journeyWindow(state.outcome);
  function BoundLoginNameBox() {
    return <LoginNameBox loginName={state.loginName ?? undefined} hint={state.loginName ? undefined : labels.loginNameHint} window={window} />;
  }
  function BoundStepAction({ children }: { children?: ReactNode }) {
    return (
      <span className="block">
        <StepAction href={href ?? undefined}>{children}</StepAction>
        {href?.startsWith("/") ? (
          <span className="mt-1 block text-sm text-muted" data-testid="action-destination">
            {labels.actionReturn}
          </span>
        ) : null}
      </span>
    );
  }
  return loadStepContent({ step, components: { Callout: FoldedCallout, LoginNameBox: BoundLoginNameBox, PlatformAddress, StepAction: BoundStepAction } });
}
