// A line-by-line comparison of two versions of a text (jsdiff), for the history and the review of
// a draft. Long unchanged stretches are folded to a few lines of context around each change.
import { diffLines } from "diff";

export type DiffRow =
  | { kind: "same" | "added" | "removed"; text: string; oldLine: number | null; newLine: number | null }
  | { kind: "folded"; count: number };

const CONTEXT = 3;

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

export function diffContent(before: string, after: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let [oldLine, newLine] = [1, 1];
  for (const part of diffLines(before, after)) {
    for (const text of splitLines(part.value)) {
      if (part.added) rows.push({ kind: "added", text, oldLine: null, newLine: newLine++ });
      else if (part.removed) rows.push({ kind: "removed", text, oldLine: oldLine++, newLine: null });
      else rows.push({ kind: "same", text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return fold(rows);
}

/** Keeps CONTEXT unchanged lines on each side of a change and folds the rest into a count. */
function fold(rows: DiffRow[]): DiffRow[] {
  const near = rows.map((_, index) => rows.slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1).some((row) => row.kind !== "same"));
  const out: DiffRow[] = [];
  rows.forEach((row, index) => {
    if (near[index]) return void out.push(row);
    const last = out.at(-1);
    if (last?.kind === "folded") last.count += 1;
    else out.push({ kind: "folded", count: 1 });
  });
  return out;
}
