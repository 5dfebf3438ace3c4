// The page-drawing worker's limits, each reached with a real PDF: the picture budget, the time
// limit (the worker is stopped and the next document gets a fresh one), and the page count.
import { describe, expect, it } from "vitest";
import { samplePdf } from "../testing/sample-files";
import { rasterisePdf } from "./rasterise-pdf";

const page = samplePdf({ content: "0 0 0 rg 10 10 80 180 re f" });

describe("rasterisePdf", () => {
  it("draws every page to a JPEG at 150 dpi", async () => {
    const result = await rasterisePdf(samplePdf({ pages: 2 }));
    if (!result.ok) throw new Error(result.code);
    expect(result.pages.map((p) => [p.pixelWidth, p.pixelHeight, p.widthPt, p.heightPt])).toEqual([
      [416, 416, 200, 200],
      [416, 416, 200, 200],
    ]);
    expect(result.pages[0].jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  }, 60_000);

  it("draws an oversized page smaller, within the pixel budget", async () => {
    const huge = samplePdf().toString("latin1").replace("/MediaBox [0 0 200 200]", "/MediaBox [0 0 14400 14400]");
    const result = await rasterisePdf(Buffer.from(huge, "latin1"), { maxPagePixels: 1_000_000 });
    if (!result.ok) throw new Error(result.code);
    expect(result.pages[0].pixelWidth * result.pages[0].pixelHeight).toBeLessThanOrEqual(1_000_000);
    expect(result.pages[0].widthPt).toBe(14400);
  }, 60_000);

  it("refuses a document whose pictures outgrow the budget", async () => {
    expect(await rasterisePdf(page, { maxOutputBytes: 500 })).toEqual({ ok: false, code: "tooComplex" });
  }, 60_000);

  it("stops a document that takes too long, and the next one gets a fresh worker", async () => {
    expect(await rasterisePdf(page, { timeoutMs: 1 })).toEqual({ ok: false, code: "tooComplex" });
    expect((await rasterisePdf(page)).ok).toBe(true);
  }, 60_000);

  it("refuses more pages than allowed", async () => {
    expect(await rasterisePdf(samplePdf({ pages: 3 }), { maxPages: 2 })).toEqual({ ok: false, code: "tooManyPages" });
  }, 60_000);
});
