// The publish gate's renderer: server components (async ones too) called as the server renders
// them, into a tree whose text and elements the gate reads; a throwing component rejects.
import { createElement, Fragment, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { findElements, renderServerTree, textOf } from "./render-server-tree";

async function Greeting({ name }: { name: string }) {
  await Promise.resolve();
  return createElement("p", { className: "greeting" }, "你好，", name);
}

function Frame({ children }: { children?: ReactNode }) {
  return createElement("section", null, children);
}

function Broken(): ReactNode {
  throw new Error("needs data this outcome lacks");
}

describe("renderServerTree", () => {
  it("calls sync and async components and keeps host elements with their props and text", async () => {
    const tree = await renderServerTree(createElement(Frame, null, createElement(Greeting, { name: "张三" }), [createElement(Fragment, { key: 1 }, " 再见", 2, null, false)]));
    expect(textOf(tree)).toBe("你好，张三 再见2");
    const [greeting] = findElements(tree, (element) => element.type === "p");
    expect(greeting.props).toEqual({ className: "greeting" });
    expect(findElements(tree, (element) => element.type === Frame)).toHaveLength(1);
  });

  it("rejects when a component throws", async () => {
    await expect(renderServerTree(createElement(Frame, null, createElement(Broken)))).rejects.toThrow("needs data this outcome lacks");
  });

  it("renders nothing for a component that returns null", async () => {
    expect(textOf(await renderServerTree(createElement(Frame, null, createElement(() => null))))).toBe("");
  });
});
