import { describe, expect, it } from "vitest";
import { diffContent } from "./content-diff";

describe("diffContent", () => {
  it("marks added and removed lines with their line numbers", () => {
    expect(diffContent("一\n二\n三\n", "一\n贰\n三\n四\n")).toEqual([
      { kind: "same", text: "一", oldLine: 1, newLine: 1 },
      { kind: "removed", text: "二", oldLine: 2, newLine: null },
      { kind: "added", text: "贰", oldLine: null, newLine: 2 },
      { kind: "same", text: "三", oldLine: 3, newLine: 3 },
      { kind: "added", text: "四", oldLine: null, newLine: 4 },
    ]);
  });

  it("folds unchanged lines far from any change", () => {
    const before = Array.from({ length: 20 }, (_, i) => `第${i + 1}行`).join("\n");
    const after = before.replace("第10行", "第十行");
    const rows = diffContent(before, after);
    expect(rows[0]).toEqual({ kind: "folded", count: 6 });
    expect(rows.filter((row) => row.kind === "same")).toHaveLength(6);
    expect(rows.at(-1)).toEqual({ kind: "folded", count: 7 });
  });

  it("says when nothing changed", () => {
    expect(diffContent("同\n", "同\n")).toEqual([{ kind: "folded", count: 1 }]);
  });
});
