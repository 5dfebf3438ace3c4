// Every uploaded PDF is drawn into pictures and written anew (issue 12 §1): whatever a PDF hides —
// scripts behind `stream`/`endstream` look-alikes in strings, javascript: links, launch actions,
// attachments, automatic actions, XFA forms, object streams — the stored file has none of it.
// Real files through the real worker (pdf.js on a Skia canvas), read back with pdf.js.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cleanUpload } from "./clean-upload";
import { pdfNames, pdfStructureText } from "./testing/pdf-structure";
import { passwordProtectedPdf, samplePdf, unembeddedFontPdf } from "./testing/sample-files";

const clean = (bytes: Buffer) => cleanUpload({ slot: "appeal-letter", bytes });

/** The only names a rebuilt file may use: a catalogue, a page tree, pages, drawings and JPEGs. */
const ALLOWED_NAMES = [
  "/BitsPerComponent", "/Catalog", "/ColorSpace", "/Contents", "/Count", "/DCTDecode", "/DeviceRGB", "/Filter", "/Height", "/Image",
  "/Kids", "/Length", "/MediaBox", "/P", "/Page", "/Pages", "/Parent", "/Resources", "/Root", "/Size", "/Subtype", "/Type", "/Width", "/XObject",
];

/** A script run when the file opens, hidden from a scanner that skips from any `stream` to the next `endstream`. */
const HIDDEN_BEHIND_STRINGS = samplePdf({
  extraCatalog: "/Note (see stream\n) /OpenAction 4 0 R ",
  extraObjects: ["<< /S /JavaScript /JS (app.alert\\(document.cookie\\)) >>", "<< /Note (endstream) >>"],
});

const HOSTILE: Record<string, Buffer> = {
  "OpenAction → JavaScript hidden behind string literals": HIDDEN_BEHIND_STRINGS,
  "a javascript: link": samplePdf({ extraPage: "/Annots [4 0 R] ", extraObjects: ["<< /Type /Annot /Subtype /Link /Rect [0 0 200 200] /A << /S /URI /URI (javascript:alert(1)) >> >>"] }),
  "a launch action": samplePdf({ extraCatalog: "/OpenAction << /S /Launch /F (cmd.exe) >> " }),
  "an embedded file": samplePdf({ extraCatalog: "/Names << /EmbeddedFiles << /Names [(x.exe) 4 0 R] >> >> ", extraObjects: ["<< /Type /Filespec /F (x.exe) /EF << /F 5 0 R >> >>", "<< /Type /EmbeddedFile /Length 0 >>"] }),
  "page actions (/AA)": samplePdf({ extraPage: "/AA << /O << /S /JavaScript /JS (app.alert(1)) >> >> " }),
  "document scripts (/Names /JavaScript, /JS)": samplePdf({ extraCatalog: "/Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (app.alert(1)) >>] >> >> " }),
  "an XFA form": samplePdf({ extraCatalog: "/AcroForm << /Fields [] /XFA 4 0 R /NeedsRendering true >> ", extraObjects: ["(<xdp:xdp><template><subform><event activity=\"initialize\">app.alert\\(1\\)</event></subform></template></xdp:xdp>)"] }),
  "a script packed in an object stream": samplePdf({ objectStream: "<< /S /JavaScript /JS (app.alert(1)) >>", extraCatalog: "/OpenAction 104 0 R " }),
  "a ZIP appended after %%EOF": Buffer.concat([samplePdf(), Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00", "latin1")]),
};

async function readBack(bytes: Buffer) {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await document.getPage(1);
    return {
      pages: document.numPages,
      annotations: (await page.getAnnotations()).length,
      attachments: await document.getAttachments(),
      scripts: await document.getJSActions(),
      openAction: await document.getOpenAction(),
      fields: await document.getFieldObjects(),
      viewport: page.getViewport({ scale: 1 }),
    };
  } finally {
    await document.destroy();
  }
}

describe("cleanUpload: every PDF is rebuilt from pictures of its pages", () => {
  it("stores nothing active, however it was hidden", async () => {
    for (const [name, pdf] of Object.entries(HOSTILE)) {
      const result = await clean(pdf);
      if (!result.ok) throw new Error(`${name}: ${result.code}`);
      const stored = result.upload.bytes;
      expect(result.upload.mediaType, name).toBe("application/pdf");
      expect(pdfNames(stored).filter((n) => !ALLOWED_NAMES.includes(n)), name).toEqual([]);
      expect(pdfStructureText(stored), name).not.toMatch(/javascript|cmd\.exe|xdp|PK\x03\x04/i);
      const back = await readBack(stored);
      expect({ ...back, viewport: undefined }, name).toEqual({ pages: 1, annotations: 0, attachments: null, scripts: null, openAction: null, fields: null, viewport: undefined });
    }
  }, 120_000);

  it("keeps what the pages show, at their size, page after page", async () => {
    // A black square on the left half of each of three pages.
    const result = await clean(samplePdf({ pages: 3, content: "0 0 0 rg 10 10 80 180 re f" }));
    if (!result.ok) throw new Error(result.code);
    const back = await readBack(result.upload.bytes);
    expect(back.pages).toBe(3);
    expect([back.viewport.width, back.viewport.height]).toEqual([200, 200]);
    // The first page's picture: 150 dpi, dark where the square is, white beside it.
    const jpegStart = result.upload.bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
    const picture = sharp(result.upload.bytes.subarray(jpegStart));
    const meta = await picture.metadata();
    expect([meta.width, meta.height, meta.channels]).toEqual([416, 416, 3]);
    const { data, info } = await picture.raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[(y * info.width + x) * info.channels];
    expect(at(100, 208)).toBeLessThan(40);
    expect(at(300, 208)).toBeGreaterThan(215);
  }, 60_000);

  it("refuses a page whose text font is not in the file, rather than store it garbled", async () => {
    expect(await clean(unembeddedFontPdf())).toEqual({ ok: false, code: "fontsNotEmbedded" });
    // The 14 standard fonts need no embedding: pdf.js brings their shapes.
    const helvetica = samplePdf({ content: "BT /F1 24 Tf 10 90 Td (Licence) Tj ET", extraPage: "/Resources << /Font << /F1 5 0 R >> >> ", extraObjects: ["<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"] });
    expect((await clean(helvetica)).ok).toBe(true);
  }, 60_000);

  it("refuses what cannot be opened: damaged, password-protected, or too many pages", async () => {
    expect(await clean(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> trash\n%%EOF\n", "latin1"))).toEqual({ ok: false, code: "unreadable" });
    expect(await clean(passwordProtectedPdf())).toEqual({ ok: false, code: "passwordProtected" });
    expect(await clean(samplePdf({ pages: 21 }))).toEqual({ ok: false, code: "tooManyPages" });
    expect((await clean(samplePdf({ pages: 20 }))).ok).toBe(true);
  }, 120_000);
});
