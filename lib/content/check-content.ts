// The publish gate. Before a text is saved as a draft it must compile into a working page (errors);
// before it is published it must also keep every promise of the pages that show it (warnings, which
// then refuse the publish): nothing the sanitiser would silently remove, every link on this site
// leading to a page or step that exists, the sections and the action the pages rely on, and every
// answer of the flow still choosable (its own words, a question to answer), and the text rendered
// on the page of every outcome that shows it (check-renderings.ts).
import { stepFrontmatterSchema, frontmatterProblems } from "@/lib/wizard/step-frontmatter";
import { FLOW } from "@/lib/wizard/flow";
import { analyseBody, type BodyAnalysis } from "./analyse-body";
import { checkRenderings, type GateRenderer } from "./check-renderings";
import { compileSafeMdx, type MdxComponents } from "./compile-mdx";
import type { ContentKey } from "./content-keys";
import { answersOf, type ContentFields, sourceFromFields } from "./content-fields";
import type { ContentCheck, ContentProblem } from "./content-problems";
import { fieldProblems } from "./field-rules";
import { outcomeFrontmatterSchema } from "./outcome-frontmatter";
import { isKnownSitePath } from "./site-routes";

const Stub = () => null;
/** The component names each kind's pages bind (components/guide): exactly these survive. */
export const ALLOWED_COMPONENTS: Record<ContentKey["kind"], MdxComponents> = {
  steps: { Callout: Stub, LoginNameBox: Stub, PlatformAddress: Stub, StepAction: Stub },
  outcomes: { Callout: Stub, PlatformAddress: Stub, StepAction: Stub },
};

/** The sections every outcome page shows (domain.md §3: the situation and the reason from the source). */
export const OUTCOME_SECTIONS = ["您的情况", "原因"] as const;

const isSitePath = (url: string) => url.startsWith("/") && !url.startsWith("//");

function bodyWarnings(key: ContentKey, body: BodyAnalysis): ContentProblem[] {
  const warnings: ContentProblem[] = body.removals.map((removal) => ({
    field: "body",
    code: "removed",
    detail: removal.kind,
    values: { line: removal.line, name: removal.name ?? "" },
  }));
  for (const link of body.links) {
    if (isSitePath(link.url) && !isKnownSitePath(link.url)) warnings.push({ field: "body", code: "brokenLink", values: { line: link.line, url: link.url } });
  }
  if (key.kind === "outcomes") {
    for (const heading of OUTCOME_SECTIONS) if (!body.sections.includes(heading)) warnings.push({ field: "body", code: "sectionMissing", values: { heading } });
  } else {
    const actions = body.components.StepAction ?? 0;
    if (FLOW[key.id].action && actions === 0) warnings.push({ field: "body", code: "actionMissing" });
    if (FLOW[key.id].action && actions > 1) warnings.push({ field: "body", code: "actionRepeated" });
    if (!FLOW[key.id].action && actions > 0) warnings.push({ field: "body", code: "actionUnused" });
  }
  return warnings;
}

function stepLinkWarnings(fields: ContentFields): ContentProblem[] {
  return fields.steps.flatMap((step, index) => {
    const href = step.href.trim();
    return isSitePath(href) && !isKnownSitePath(href) ? [{ field: `steps.${index}.href`, code: "brokenLink" as const, values: { url: href } }] : [];
  });
}

/**
 * Every answer of the flow must stay choosable: a step's page offers each answer under its label, so
 * two answers that read the same leave the user unable to pick the way the flow gives them. Which
 * answers exist is not the editor's to change: the form has a field for each answer flow.ts defines
 * (fieldsFromSource), and field-rules refuses an empty one even as a draft; check-renderings then
 * checks that each rendered page still offers every answer that leads its outcome on.
 */
function answerWarnings(key: ContentKey, fields: ContentFields): ContentProblem[] {
  const label = (answer: string) => (fields.choices[answer] ?? "").trim();
  const answers = answersOf(key);
  return answers.flatMap((answer, index) => {
    const twin = answers.slice(0, index).find((other) => label(other) !== "" && label(other) === label(answer));
    return twin ? [{ field: `choices.${answer}`, code: "answersIndistinct" as const, values: { other: label(twin) } }] : [];
  });
}

async function compileProblems(key: ContentKey, source: string): Promise<ContentProblem[]> {
  const name = `${key.kind}/${key.id}`;
  try {
    if (key.kind === "outcomes") {
      await compileSafeMdx({ source, name, components: ALLOWED_COMPONENTS.outcomes, frontmatter: outcomeFrontmatterSchema });
      return [];
    }
    const { frontmatter } = await compileSafeMdx({ source, name, components: ALLOWED_COMPONENTS.steps, frontmatter: stepFrontmatterSchema });
    return frontmatterProblems(key.id, frontmatter).map(() => ({ field: "body", code: "invalid" }));
  } catch {
    // The field rules and the parser above catch what an editor can cause; this is the last net.
    return [{ field: "body", code: "invalid" }];
  }
}

/** `renderer` draws the pages that show the text (components/staff-content/gate-renderer in the site). */
export async function checkContent(key: ContentKey, fields: ContentFields, renderer: GateRenderer): Promise<ContentCheck> {
  const errors = fieldProblems(key, fields);
  const body = analyseBody(fields.body, Object.keys(ALLOWED_COMPONENTS[key.kind]));
  if (body.syntaxError) {
    const { line, column, rule } = body.syntaxError;
    errors.push({ field: "body", code: "syntax", detail: rule, values: { line, column } });
  }
  if (errors.length > 0) return { errors, warnings: [], outcomes: [] };
  const source = sourceFromFields(key, fields);
  const compiled = await compileProblems(key, source);
  if (compiled.length > 0) return { errors: compiled, warnings: [], outcomes: [] };
  const rendered = await checkRenderings(key, source, renderer);
  return {
    errors: [],
    warnings: [...bodyWarnings(key, body), ...stepLinkWarnings(fields), ...answerWarnings(key, fields), ...rendered.problems],
    outcomes: rendered.outcomes,
  };
}
