// The pages the publish gate renders a text on: exactly the staff preview's (StepPreview for a step
// in one outcome's journey, OutcomeView for an outcome's page), so what passed the gate is what
// the preview showed and what users will see. An outcome's text is also drawn as the personal
// result page draws it (a looked-up login name, masked as the lookup gives it, and its one action,
// which folds the text's callouts).
import { OutcomeView } from "@/components/guide/outcome-view";
import { StepBody } from "@/components/guide/step-text";
import type { GateRenderer } from "@/lib/content/check-renderings";
import { findElements, textOf } from "@/lib/content/render-server-tree";
import { StepPreview } from "./step-preview";

/** OutcomeView puts the text in the element with this class (its styling hook). */
const OUTCOME_TEXT_CLASS = "outcome-content";

export const GUIDE_GATE_RENDERER: GateRenderer = {
  page: (key, outcome, source) =>
    key.kind === "outcomes" ? (
      <>
        <OutcomeView code={key.id} source={source} idPrefix="gate-public-" />
        <OutcomeView code={key.id} source={source} loginName="HJ2_****" action={<p>-</p>} idPrefix="gate-result-" />
      </>
    ) : (
      <StepPreview step={key.id} outcome={outcome} source={source} idPrefix="gate-" />
    ),
  mainText: (key, page) => {
    const matches = key.kind === "outcomes" ? findElements(page, (e) => String(e.props.className ?? "").split(" ").includes(OUTCOME_TEXT_CLASS)) : findElements(page, (e) => e.type === StepBody);
    // Each copy must show the text: the emptiest one decides.
    const texts = matches.map((match) => textOf(match).trim());
    return texts.length === 0 ? "" : texts.reduce((shortest, text) => (text.length < shortest.length ? text : shortest));
  },
};
