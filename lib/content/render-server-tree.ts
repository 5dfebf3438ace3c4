// Renders a tree of server components the way the server renders a page: every component called
// with its props (async ones awaited), into plain elements the publish gate can read (their text,
// the inputs a page offers). Why not react-dom/server: the gate runs inside a server action, in
// React's server-components build, where react-dom/server refuses to load; and rendering to HTML
// only to read it back would be slower. Components that run in the browser ("use client") arrive
// here as client references: they are kept as elements (their server-rendered children included),
// not called, as the server itself does; so are components that take a ref (browser-only too).
// Pure; no Next.js import.
import type { ReactNode } from "react";

export interface RenderedElement {
  /** A tag name, or the component (function or client reference) that rendered this part. */
  type: unknown;
  /** The props without children. */
  props: Record<string, unknown>;
  children: RenderedNode[];
}

export type RenderedNode = string | RenderedElement;

const ELEMENT = new Set([Symbol.for("react.transitional.element"), Symbol.for("react.element")]);
const PASS_THROUGH = new Set([Symbol.for("react.fragment"), Symbol.for("react.suspense"), Symbol.for("react.strict_mode"), Symbol.for("react.profiler")]);
const CLIENT_REFERENCE = Symbol.for("react.client.reference");
const LAZY = Symbol.for("react.lazy");
const MEMO = Symbol.for("react.memo");
const FORWARD_REF = Symbol.for("react.forward_ref");
const CONTEXT = Symbol.for("react.context");

interface AnyElement {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

const tagOf = (value: unknown): symbol | undefined => (value !== null && (typeof value === "object" || typeof value === "function") ? (value as { $$typeof?: symbol }).$$typeof : undefined);
const isThenable = (value: unknown): value is PromiseLike<unknown> => value !== null && typeof value === "object" && typeof (value as { then?: unknown }).then === "function";

function withoutChildren(props: Record<string, unknown>): Record<string, unknown> {
  const { children: _children, ...rest } = props;
  return rest;
}

async function renderChildren(node: unknown): Promise<RenderedNode[]> {
  const out: RenderedNode[] = [];
  await renderInto(node, out);
  return out;
}

async function renderComponent(type: unknown, props: Record<string, unknown>, out: RenderedNode[]): Promise<void> {
  const tag = tagOf(type);
  if (typeof type === "string") {
    out.push({ type, props: withoutChildren(props), children: await renderChildren(props.children) });
  } else if (typeof type === "symbol" && PASS_THROUGH.has(type)) {
    await renderInto(props.children, out);
  } else if (tag === CLIENT_REFERENCE) {
    out.push({ type, props: withoutChildren(props), children: await renderChildren(props.children) });
  } else if (tag === CONTEXT) {
    await renderInto(props.children, out);
  } else if (tag === MEMO) {
    await renderComponent((type as { type: unknown }).type, props, out);
  } else if (tag === FORWARD_REF) {
    // Only browser components take refs (next/link is one); where the server runs them they are
    // client references, handled above. Kept the same way here wherever they are not (tests).
    out.push({ type, props: withoutChildren(props), children: await renderChildren(props.children) });
  } else if (typeof type === "function") {
    let result = (type as (p: Record<string, unknown>) => unknown)(props);
    if (isThenable(result)) result = await result;
    out.push({ type, props: withoutChildren(props), children: await renderChildren(result) });
  } else {
    throw new Error(`cannot render an element of type ${String(type)}`);
  }
}

async function renderInto(node: unknown, out: RenderedNode[]): Promise<void> {
  if (node === null || node === undefined || typeof node === "boolean") return;
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
    out.push(String(node));
    return;
  }
  if (isThenable(node)) return renderInto(await node, out);
  const tag = tagOf(node);
  if (tag !== undefined && ELEMENT.has(tag)) {
    const element = node as AnyElement;
    return renderComponent(element.type, element.props ?? {}, out);
  }
  if (tag === LAZY) {
    const lazy = node as { _payload: unknown; _init: (payload: unknown) => unknown };
    return renderInto(lazy._init(lazy._payload), out);
  }
  if (typeof node === "object" && Symbol.iterator in node) {
    for (const child of node as Iterable<unknown>) await renderInto(child, out);
    return;
  }
  throw new Error(`cannot render ${Object.prototype.toString.call(node)}`);
}

/** Renders a tree of elements; rejects with the first component's error. */
export async function renderServerTree(node: ReactNode): Promise<RenderedElement> {
  return { type: "#root", props: {}, children: await renderChildren(node) };
}

/** The text a reader sees in a rendered part, whitespace as written. */
export function textOf(node: RenderedNode): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}

/** Every element of a rendered tree that matches, in document order. */
export function findElements(node: RenderedNode, matches: (element: RenderedElement) => boolean): RenderedElement[] {
  if (typeof node === "string") return [];
  const own = matches(node) ? [node] : [];
  return [...own, ...node.children.flatMap((child) => findElements(child, matches))];
}
