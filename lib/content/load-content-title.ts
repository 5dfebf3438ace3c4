import "server-only";
// The title of a text as the site shows it now (for the editor's list and headings).
import { loadStepFrontmatter } from "@/lib/wizard/step-content";
import type { ContentKey } from "./content-keys";
import { loadOutcomeContent } from "./load-outcome-content";

export async function loadContentTitle(key: ContentKey): Promise<string> {
  if (key.kind === "steps") return (await loadStepFrontmatter(key.id)).title;
  return (await loadOutcomeContent({ code: key.id, components: {} })).frontmatter.title;
}
