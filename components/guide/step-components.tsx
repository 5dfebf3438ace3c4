// The components a step's MDX may use, bound to one journey: the callout (folded: a step's one
// thing is its instruction and action), the login name box (the lookup's login name, or a
// description of it, and the journey's window), the platform's address (PLATFORM_URL) and the
// step's own action, which says where it leads: the platform's page, and back to the step once
// done. A link in the text into the platform leads back the same way. The journey page and the
// staff preview bind them the same way.
import type { ReactNode } from "react";
import type { MdxComponents } from "@/lib/content/compile-mdx";
import { isSafeHref } from "@/lib/content/remark-allow-components";
import type { LoginWindow } from "@/lib/migration/outcomes";
import { actionHref, contentLinkHref } from "@/lib/wizard/action-href";
import type { StepId } from "@/lib/wizard/steps";
import { FoldedCallout } from "./callout";
import { LoginNameBox } from "./login-name-box";
import { PlatformAddress } from "./platform-address";
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
        {href?.startsWith("/") ? (
          <span className="mt-1 block text-sm text-muted" data-testid="action-destination">
            {actionReturn}
          </span>
        ) : null}
      </span>
    );
  }
  // Markdown links render through this (a written `<a>` tag is removed, compile-mdx.ts); it still
  // checks the address, as StepAction does, before adding the way back.
  function BoundLink({ href, children }: { href?: string; children?: ReactNode }) {
    if (!href || !isSafeHref(href)) return <span>{children}</span>;
    return <a href={contentLinkHref(step, href.trim())}>{children}</a>;
  }
  return { Callout: FoldedCallout, LoginNameBox: BoundLoginNameBox, PlatformAddress, StepAction: BoundStepAction, a: BoundLink };
}
