// The overview step's "您的情况" and "原因": the outcome's own content (content/<locale>/outcomes)
// and the login name and window the lookup gave — the same words as the result page.
import { Callout } from "@/components/guide/callout";
import { LoginNameBox } from "@/components/guide/login-name-box";
import { StepAction } from "@/components/guide/step-action";
import { loadOutcomeContent } from "@/lib/content/load-outcome-content";
import type { JourneyState } from "@/lib/wizard/journey-state";

export async function OutcomeSituation({ state }: { state: JourneyState }) {
  const { content, frontmatter } = await loadOutcomeContent({ code: state.outcome, components: { Callout, StepAction } });
  return (
    <div className="space-y-4" data-testid="outcome-situation">
      <p className="text-lg">{frontmatter.summary}</p>
      <LoginNameBox loginName={state.loginName} window={frontmatter.window} />
      <div className="space-y-3 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold">{content}</div>
    </div>
  );
}
