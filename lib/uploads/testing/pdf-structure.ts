// Reading back what the upload cleaning wrote, for the tests: the PDF's structure without its
// stream data (so picture bytes cannot look like keys), and every name used in it.

/** The file with each stream's data left out (the `/Length` says how long each is). */
export function pdfStructureText(bytes: Buffer): string {
  const text = bytes.toString("latin1");
  let out = "";
  let at = 0;
  const streamStart = /\/Length (\d+)[^]*?>>\s*stream\r?\n/g;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const dataStart = match.index + match[0].length;
    out += text.slice(at, dataStart);
    at = dataStart + Number(match[1]);
    streamStart.lastIndex = at;
  }
  return out + text.slice(at);
}

/** Every `/Name` in the structure, once each, sorted. */
export function pdfNames(bytes: Buffer): string[] {
  return [...new Set(pdfStructureText(bytes).match(/\/[A-Za-z0-9#]+/g) ?? [])].sort();
}
