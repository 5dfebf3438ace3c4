// The components a step's MDX may use, bound to one journey: the callout, the login name box (the
// lookup's login name, or a description of it, and the journey's window) and the step's own
// action. The journey page and the staff preview bind them the same way.
import type { ReactNode } from "react";
import type { MdxComponents } from "@/lib/content/compile-mdx";
import type { LoginWindow } from "@/lib/migration/outcomes";
import { actionHref } from "@/lib/wizard/action-href";
import type { StepId } from "@/lib/wizard/steps";
import { Callout } from "./callout";
import { LoginNameBox } from "./login-name-box";
import { StepAction } from "./step-action";

export interface StepBinding {
  step: StepId;
  loginName: string | null;
  /** Shown in the box when there is no login name (the public description of it). */
  loginNameHint?: string;
  window: LoginWindow | null;
  /** The words under an action that leads into the platform and back. */
  actionReturn: string;
  idPrefix?: string;
}

export function bindStepComponents({ step, loginName, loginNameHint, window, actionReturn, idPrefix }: StepBinding): MdxComponents {
  const href = actionHref(step);
  function BoundLoginNameBox() {
    return <LoginNameBox loginName={loginName ?? undefined} hint={loginName ? undefined : loginNameHint} window={window} idPrefix={idPrefix} />;
  }
  function BoundStepAction({ children }: { children?: ReactNode }) {
    return (
      <span className="block">
        <StepAction href={href ?? undefined}>{children}</StepAction>
        {href?.startsWith("/") ? <span className="mt-1 block text-muted">{actionReturn}</span> : null}
      </span>
    );
  }
  return { Callout, LoginNameBox: BoundLoginNameBox, StepAction: BoundStepAction };
}
