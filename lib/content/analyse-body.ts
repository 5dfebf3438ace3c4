// Reads an MDX body the way the compiler will, without compiling it: where it is malformed (line
// and rule, so the editor can be told in words), what the sanitiser would remove (raw tags,
// unknown components, script addresses, external images, expressions, imports), every link, and
// how often each allowed component is used. Pure; the publish gate and the editor read it.
import type { Definition, Heading, Image, Link, Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Node } from "unist";
import { SKIP, visit } from "unist-util-visit";
import { isSafeHref, isSiteImage } from "./remark-allow-components";

export type RemovalKind = "script" | "tag" | "component" | "unsafeLink" | "externalImage" | "expression" | "import";

export interface Removal {
  kind: RemovalKind;
  line: number;
  /** The tag or component name, or the address. */
  name?: string;
}

export interface BodyLink {
  url: string;
  line: number;
}

export interface BodyAnalysis {
  /** Set when the body cannot be parsed: the compiler would refuse it. */
  syntaxError?: { line: number; column: number; rule: string };
  removals: Removal[];
  links: BodyLink[];
  /** Uses of each allowed component. */
  components: Record<string, number>;
  /** The text of each `##` heading. */
  sections: string[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const lineOf = (node: Node) => node.position?.start.line ?? 0;

function stringAttribute(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attribute?.value === "string" ? attribute.value : undefined;
}

const hasExpression = (attribute: MdxJsxAttribute | MdxJsxExpressionAttribute) =>
  attribute.type === "mdxJsxExpressionAttribute" || (attribute.value !== null && typeof attribute.value === "object");

function parseError(error: unknown): BodyAnalysis["syntaxError"] {
  const place = error as { line?: unknown; column?: unknown; ruleId?: unknown };
  return {
    line: typeof place.line === "number" ? place.line : 1,
    column: typeof place.column === "number" ? place.column : 1,
    rule: typeof place.ruleId === "string" ? place.ruleId : "unknown",
  };
}

function plainText(node: Node): string {
  let out = "";
  visit(node, "text", (text: { value: string }) => {
    out += text.value;
  });
  return out.trim();
}

export function analyseBody(body: string, allowedComponents: readonly string[]): BodyAnalysis {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    return { syntaxError: parseError(error), removals: [], links: [], components: {}, sections: [] };
  }
  const allowed = new Set(allowedComponents);
  const result: BodyAnalysis = { removals: [], links: [], components: {}, sections: [] };
  visit(tree, (node: Node) => {
    const line = lineOf(node);
    switch (node.type) {
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const element = node as JsxElement;
        const name = element.name ?? "";
        if (!allowed.has(name)) {
          const kind = name === "script" ? "script" : /^[a-z]/.test(name) ? "tag" : "component";
          result.removals.push({ kind, line, name: name || "<>" });
          return SKIP;
        }
        result.components[name] = (result.components[name] ?? 0) + 1;
        if (element.attributes.some(hasExpression)) result.removals.push({ kind: "expression", line, name });
        const href = stringAttribute(element, "href");
        if (href !== undefined) {
          if (isSafeHref(href)) result.links.push({ url: href, line });
          else result.removals.push({ kind: "unsafeLink", line, name: href });
        }
        return undefined;
      }
      case "html":
        result.removals.push({ kind: "tag", line });
        return SKIP;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        result.removals.push({ kind: "expression", line });
        return SKIP;
      case "mdxjsEsm":
        result.removals.push({ kind: "import", line });
        return SKIP;
      case "link":
      case "definition": {
        const { url } = node as Link | Definition;
        if (isSafeHref(url)) result.links.push({ url, line });
        else result.removals.push({ kind: "unsafeLink", line, name: url });
        return undefined;
      }
      case "image": {
        const { url } = node as Image;
        if (!isSiteImage(url)) result.removals.push({ kind: "externalImage", line, name: url });
        return undefined;
      }
      case "imageReference":
        result.removals.push({ kind: "externalImage", line });
        return undefined;
      case "heading":
        if ((node as Heading).depth === 2) result.sections.push(plainText(node));
        return undefined;
      default:
        return undefined;
    }
  });
  return result;
}
