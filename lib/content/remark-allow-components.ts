// A remark plugin for edited MDX: keeps only JSX elements whose name is on an allow-list and links
// with a harmless address. next-mdx-remote's `blockJS` removes `{expressions}` but lets raw tags such
// as `<script>`, `<iframe>` or `<img onerror=…>` through, and the `components` map does not catch
// lower-case names, so anything not allowed is removed here together with its children.
import type { Definition, Link, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Node, Parent } from "unist";
import { SKIP, visit } from "unist-util-visit";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsxElement(node: Node): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

// Relative paths, fragments, http(s), tel: and mailto: — never javascript:, data: or vbscript:.
export function isSafeHref(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) return true;
  if (trimmed.startsWith("#")) return true;
  return /^(https?:\/\/|tel:|mailto:)/i.test(trimmed);
}

export function remarkAllowComponents(allowed: readonly string[]) {
  const names = new Set(allowed);
  return () => (tree: Root) => {
    visit(tree, (node: Node, index: number | undefined, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const refused =
        (isJsxElement(node) && (node.name === null || !names.has(node.name))) ||
        // remark-mdx never produces raw HTML nodes, but a different parser setup could.
        node.type === "html" ||
        ((node.type === "link" || node.type === "definition") && !isSafeHref((node as Link | Definition).url));
      if (!refused) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
