// Worker thread that draws each page of an uploaded PDF into pixels (pdf.js onto a Skia canvas)
// and sends back one JPEG per page. Nothing of the PDF's own structure leaves this thread: no
// script, action, link, form, attachment or hidden layer can survive being turned into a picture.
// It runs apart from the server (lib/uploads/pdf/rasterise-pdf.ts) so that a hostile file can be
// stopped after a time limit and a memory limit without stopping the server. Plain JavaScript:
// worker_threads loads it from disk as it is, outside any bundler.
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { createCanvas } from "@napi-rs/canvas";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve("pdfjs-dist/package.json"));
// pdf.js reads these from disk for fonts a PDF names but does not embed, and for CJK encodings.
const assets = {
  standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
  cMapUrl: `${pdfjsRoot}/cmaps/`,
  cMapPacked: true,
  wasmUrl: `${pdfjsRoot}/wasm/`,
};

// pdf.js supplies the 14 standard fonts itself; any other font a page uses without embedding it
// (an old form naming STSong-Light, say) has no glyphs here and would be drawn as the wrong
// characters, so such a file is refused rather than stored garbled.
async function usesMissingFont(page) {
  const operators = await page.getOperatorList({ annotationMode: 0 });
  const fontIds = new Set(operators.fnArray.flatMap((fn, i) => (fn === OPS.setFont ? [operators.argsArray[i][0]] : [])));
  return [...fontIds].some((id) => page.commonObjs.has(id) && page.commonObjs.get(id)?.missingFile === true);
}

/** @param {{ bytes: Uint8Array, maxPages: number, dpi: number, maxPagePixels: number, jpegQuality: number, maxOutputBytes: number }} job */
async function rasterise(job) {
  let document;
  try {
    // No eval (pdf.js would compile font programs with it), no XFA forms, no scripting.
    document = await getDocument({ data: job.bytes, isEvalSupported: false, enableXfa: false, verbosity: 0, ...assets }).promise;
  } catch (error) {
    return { ok: false, code: error && error.name === "PasswordException" ? "passwordProtected" : "unreadable" };
  }
  try {
    if (document.numPages < 1) return { ok: false, code: "unreadable" };
    if (document.numPages > job.maxPages) return { ok: false, code: "tooManyPages" };
    const pages = [];
    let outputBytes = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      if (await usesMissingFont(page)) return { ok: false, code: "fontsNotEmbedded" };
      const size = page.getViewport({ scale: 1 });
      // 150 dpi reads as well as the paper; an oversized page is drawn smaller, never bigger.
      const scale = Math.min(job.dpi / 72, Math.sqrt(job.maxPagePixels / (size.width * size.height)));
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.max(1, Math.floor(viewport.width)), Math.max(1, Math.floor(viewport.height)));
      const context = canvas.getContext("2d");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      // Annotations and form fields are left out: only the page's own drawing is kept.
      await page.render({ canvas, canvasContext: context, viewport, annotationMode: 0 }).promise;
      const jpeg = await canvas.encode("jpeg", job.jpegQuality);
      outputBytes += jpeg.length;
      if (outputBytes > job.maxOutputBytes) return { ok: false, code: "tooComplex" };
      pages.push({ jpeg, pixelWidth: canvas.width, pixelHeight: canvas.height, widthPt: size.width, heightPt: size.height });
      page.cleanup();
    }
    return { ok: true, pages };
  } catch {
    return { ok: false, code: "unreadable" };
  } finally {
    await document.destroy();
  }
}

parentPort?.on("message", async (job) => {
  parentPort?.postMessage(await rasterise(job));
});
