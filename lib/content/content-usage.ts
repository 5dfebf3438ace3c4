// Which outcomes show a text: an outcome's page text belongs to that outcome (its public page,
// its result page and the overview of its journey); a step's text to every outcome whose journey
// can reach the step (the flow graph of lib/wizard). The preview renders the text for each.
import { OUTCOME_CODES, type OutcomeCode } from "@/lib/migration/outcomes";
import { flowGraph } from "@/lib/wizard/flow-graph";
import type { ContentKey } from "./content-keys";

export function outcomesUsing(key: ContentKey): OutcomeCode[] {
  if (key.kind === "outcomes") return [key.id];
  return OUTCOME_CODES.filter((outcome) => flowGraph(outcome).has(key.id));
}
