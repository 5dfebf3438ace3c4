// What a content text (content/<locale>/<kind>/<id>.mdx) is made of, read through the same MDX
// pipeline and frontmatter schemas as the pages: the identifiers a translation must keep (window,
// answer ids, link targets, components, the outline of headings and list items) apart from the
// human words it must translate. Used to keep every locale's texts in step with zh-CN.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { compileSafeMdx, type MdxComponents } from "@/lib/content/compile-mdx";
import type { ContentKind } from "@/lib/content/content-keys";
import { outcomeFrontmatterSchema, type OutcomeFrontmatter, type OutcomeStep } from "@/lib/content/outcome-frontmatter";
import { stepFrontmatterSchema, type StepFrontmatter } from "@/lib/wizard/step-frontmatter";

export const CONTENT_ROOT = path.join(process.cwd(), "content");

export interface ContentShape {
  /** The frontmatter's keys, and each outcome step's keys, in a stable order. */
  keys: string[];
  /** Values that are identifiers: the window, the answer ids and every link address. */
  identifiers: Record<string, unknown>;
  /** The components the body uses, in order. */
  components: string[];
  /** Every link address in the body, in order. */
  links: string[];
  /** Headings and list items of the body, in order (a dropped or added point changes it). */
  outline: string[];
  /** Every piece of human text: frontmatter words, the body's blocks and callout titles. */
  texts: string[];
}

// Each allowed component renders as a marker element that keeps its name and its text.
const marker = (name: string) =>
  function Marker({ title, children }: { title?: string; children?: ReactNode }) {
    return createElement("x-component", { "data-name": name }, title ? `${title}\n` : null, children);
  };
const COMPONENTS: MdxComponents = { Callout: marker("Callout"), LoginNameBox: marker("LoginNameBox"), StepAction: marker("StepAction") };

const stepParts = (step: OutcomeStep) => (typeof step === "string" ? { text: step } : step);

// Either kind's frontmatter, read field by field (a field the kind does not have is undefined).
type AnyFrontmatter = Partial<OutcomeFrontmatter> & Partial<StepFrontmatter> & Pick<StepFrontmatter, "title" | "summary">;

function frontmatterShape(frontmatter: AnyFrontmatter): Pick<ContentShape, "keys" | "identifiers" | "texts"> {
  const { title, summary, question, loginNameHint, window, choices, steps } = frontmatter;
  const outcomeSteps = (steps ?? []).map(stepParts);
  return {
    keys: [...Object.keys(frontmatter).sort(), ...outcomeSteps.map((step, index) => `steps.${index}: ${Object.keys(step).sort().join()}`)],
    identifiers: {
      window,
      answers: Object.keys(choices ?? {}).sort(),
      hrefs: outcomeSteps.map((step) => ("href" in step ? step.href : null)),
    },
    texts: [title, summary, question, loginNameHint, ...Object.values(choices ?? {}), ...outcomeSteps.flatMap((step) => ("linkText" in step ? [step.text, step.linkText] : [step.text]))].filter(
      (text): text is string => text !== undefined,
    ),
  };
}

function bodyShape(html: string): Pick<ContentShape, "components" | "links" | "outline" | "texts"> {
  const texts = html
    .replace(/<[^>]+>/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    components: [...html.matchAll(/<x-component data-name="(\w+)"/g)].map((match) => match[1]),
    links: [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]),
    outline: [...html.matchAll(/<(h[1-6]|li)>/g)].map((match) => match[1]),
    texts,
  };
}

/** The ids of the texts a locale ships for a kind, from its file names. */
export function contentFileIds(locale: string, kind: ContentKind): string[] {
  return readdirSync(path.join(CONTENT_ROOT, locale, kind))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.slice(0, -".mdx".length))
    .sort();
}

export async function readContentShape(locale: string, kind: ContentKind, id: string): Promise<ContentShape> {
  const source = readFileSync(path.join(CONTENT_ROOT, locale, kind, `${id}.mdx`), "utf8");
  const name = `${locale}/${kind}/${id}.mdx`;
  const compiled =
    kind === "outcomes"
      ? await compileSafeMdx({ source, name, components: COMPONENTS, frontmatter: outcomeFrontmatterSchema })
      : await compileSafeMdx({ source, name, components: COMPONENTS, frontmatter: stepFrontmatterSchema });
  const front = frontmatterShape(compiled.frontmatter);
  const body = bodyShape(renderToStaticMarkup(compiled.content));
  return { ...front, ...body, texts: [...front.texts, ...body.texts] };
}
