// One outcome page: title and summary, the login name and window, the situation and reason from
// the MDX content, the ordered next steps and where to get help. Used by the personal result page
// (with the lookup's result) and by the public page per outcome (without personal data).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { loadOutcomeContent } from "@/lib/content/load-outcome-content";
import type { OutcomeCode } from "@/lib/migration/outcomes";
import { Callout } from "./callout";
import { LoginNameBox } from "./login-name-box";
import { OutcomeSteps } from "./outcome-steps";
import { StepAction } from "./step-action";

// The allow-list of the outcome MDX: exactly these names survive compilation.
const MDX_COMPONENTS = { Callout, StepAction };

export interface OutcomeViewProps {
  code: OutcomeCode;
  /** The lookup's login name (personal result page); omitted on the public page. */
  loginName?: string | null;
  /** Shown above the content, e.g. the looked-up number on the result page. */
  header?: ReactNode;
  footer?: ReactNode;
  /** The staff preview: a draft to show instead of the published text. */
  source?: string;
  /** The staff preview shows the page twice (phone and desktop widths): ids stay unique. */
  idPrefix?: string;
}

export async function OutcomeView({ code, loginName, header, footer, source, idPrefix = "" }: OutcomeViewProps) {
  const t = await getTranslations("guide.outcome");
  const { content, frontmatter } = await loadOutcomeContent({ code, components: MDX_COMPONENTS, source });
  const personal = loginName !== undefined;
  return (
    <article className="max-w-3xl space-y-6" data-outcome={code}>
      <header className="space-y-3">
        <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{frontmatter.title}</h1>
        <p className="text-lg">{frontmatter.summary}</p>
        {header}
      </header>
      <LoginNameBox
        loginName={personal ? loginName : undefined}
        hint={personal ? undefined : frontmatter.loginNameHint}
        window={frontmatter.window}
        idPrefix={idPrefix}
      />
      <div className="outcome-content space-y-3 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold">{content}</div>
      {frontmatter.steps ? <OutcomeSteps heading={t("stepsHeading")} steps={frontmatter.steps} idPrefix={idPrefix} /> : null}
      <section aria-labelledby={`${idPrefix}help-heading`} className="rounded bg-gray-100 p-4">
        <h2 id={`${idPrefix}help-heading`} className="mb-1 text-xl font-bold">
          {t("helpHeading")}
        </h2>
        <p>
          {t("helpText")}{" "}
          <a className="font-bold text-gov-blue" href={`tel:${t("supportPhone")}`}>
            {t("supportPhone")}
          </a>
        </p>
      </section>
      {footer}
    </article>
  );
}
