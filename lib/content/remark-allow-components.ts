// A remark plugin for edited MDX: keeps only JSX elements whose name is on an allow-list, links
// with a harmless address and images from this site. next-mdx-remote's `blockJS` removes
// `{expressions}` but lets raw tags such as `<script>`, `<iframe>` or `<img onerror=…>` through, and
// the `components` map does not catch lower-case names, so anything not allowed is removed here
// together with its children. An image from another site would tell that site who reads the page,
// so only images served by this site stay. The publish gate (analyse-body.ts) names each removal
// to the editor before anything is published.
import type { Definition, Image, Link, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Node, Parent } from "unist";
import { SKIP, visit } from "unist-util-visit";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsxElement(node: Node): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

const isSitePath = (url: string) => url.startsWith("/") && !url.startsWith("//");

// Relative paths, fragments, http(s), tel: and mailto: — never javascript:, data: or vbscript:.
export function isSafeHref(url: string): boolean {
  const trimmed = url.trim();
  if (isSitePath(trimmed)) return true;
  if (trimmed.startsWith("#")) return true;
  return /^(https?:\/\/|tel:|mailto:)/i.test(trimmed);
}

/** An image this site serves itself (a path on it); any other address is removed. */
export function isSiteImage(url: string): boolean {
  return isSitePath(url.trim());
}

function isRefused(node: Node, names: ReadonlySet<string>): boolean {
  if (isJsxElement(node)) return node.name === null || !names.has(node.name);
  // remark-mdx never produces raw HTML nodes, but a different parser setup could.
  if (node.type === "html") return true;
  if (node.type === "link" || node.type === "definition") return !isSafeHref((node as Link | Definition).url);
  if (node.type === "image") return !isSiteImage((node as Image).url);
  // `![words][name]` takes its address from a definition elsewhere: too indirect to vouch for.
  return node.type === "imageReference";
}

export function remarkAllowComponents(allowed: readonly string[]) {
  const names = new Set(allowed);
  return () => (tree: Root) => {
    visit(tree, (node: Node, index: number | undefined, parent: Parent | undefined) => {
      if (!parent || index === undefined || !isRefused(node, names)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
