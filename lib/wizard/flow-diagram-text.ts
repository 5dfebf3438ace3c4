// How much room a line of the flow diagram's text takes, worked out on the server without a font:
// the SVG is drawn before any browser sees it, so boxes are sized from the characters. Chinese
// characters and full-width punctuation take a whole em in every CJK font; Latin letters, digits
// and ASCII punctuation about half to two thirds of one, so 0.62 em errs on the roomy side.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d\u2018\u2019\u2026\u00b7]/u;

/** The width of one character in em. */
export function charWidth(char: string): number {
  return WIDE.test(char) ? 1 : 0.62;
}

/** The width of a line in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

// Chinese breaks between any two characters, but not before closing punctuation nor after an
// opening one; a run of Latin letters or digits (a step id, a number) is kept whole.
const NO_BREAK_BEFORE = /^[，。、：；！？）」』”’…·,.:;!?)\]%]/u;
const NO_BREAK_AFTER = /[（「『“‘([]$/u;
const TOKEN = /[A-Za-z0-9_\-./%]+|\s+|./gsu;

/** Splits text into lines no wider than `maxEm` (a single token wider than that gets a line of its own). */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.trim().match(TOKEN) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line === "" && /^\s+$/u.test(token)) continue;
    const fits = textWidth(line + token.trimEnd()) <= maxEm;
    const mayBreak = line !== "" && !NO_BREAK_BEFORE.test(token) && !NO_BREAK_AFTER.test(line);
    if (!fits && mayBreak) {
      lines.push(line.trimEnd());
      line = /^\s+$/u.test(token) ? "" : token;
    } else {
      line += token;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}
