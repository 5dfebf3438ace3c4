// The English catalogue keeps step with the zh-CN source: the same keys, the same ICU
// placeholders and rich-text tags, and no Chinese sentence left untranslated (a Chinese name in
// brackets after its English words — the platform's own menu names — is fine).
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import zh from "@/messages/zh-CN";
import { hasUntranslatedChinese } from "./untranslated";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)|<\/?(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();

const zhLeaves = leaves(zh as Tree);
const enLeaves = leaves(en as Tree);

describe("the English catalogue", () => {
  it("has every key of the zh-CN catalogue and no other", () => {
    expect([...enLeaves.keys()].filter((key) => !zhLeaves.has(key))).toEqual([]);
    expect([...zhLeaves.keys()].filter((key) => !enLeaves.has(key))).toEqual([]);
  });

  it("uses the same placeholders and tags as the zh-CN text", () => {
    const differing = [...zhLeaves].filter(([key, text]) => enLeaves.has(key) && placeholders(text).join() !== placeholders(enLeaves.get(key) ?? "").join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("leaves no Chinese sentence untranslated", () => {
    const untranslated = [...enLeaves].filter(([, text]) => hasUntranslatedChinese(text)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
