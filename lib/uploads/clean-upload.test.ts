// The upload checks on real files made by sharp: allowed types by content, metadata dropped,
// orientation kept, and every hostile variant refused with its code.
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cleanUpload } from "./clean-upload";
import { HTML_PAGE, sampleJpeg, samplePdf, samplePng } from "./testing/sample-files";
import { UPLOAD_LIMITS } from "./upload-rules";

const clean = (bytes: Buffer) => cleanUpload({ slot: "id-front", bytes });
const codeOf = async (bytes: Buffer) => {
  const result = await clean(bytes);
  return result.ok ? "ok" : result.code;
};

/** A PNG whose header claims other dimensions (decoders read them before any pixel). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await samplePng());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** A JPEG with a comment segment right after the start marker. */
function withJpegComment(jpeg: Buffer, comment: string): Buffer {
  const body = Buffer.from(comment, "latin1");
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

describe("cleanUpload: what is accepted", () => {
  it("re-encodes a JPEG and drops its EXIF, GPS included", async () => {
    const original = await sampleJpeg({ gps: true });
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const result = await clean(original);
    if (!result.ok) throw new Error(result.code);
    expect(result.upload.mediaType).toBe("image/jpeg");
    const meta = await sharp(result.upload.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(result.upload.bytes.includes(Buffer.from("TestCam"))).toBe(false);
  });

  it("bakes the EXIF orientation into the pixels, so the picture stays upright without metadata", async () => {
    const result = await clean(await sampleJpeg({ width: 640, height: 400, orientation: 6 }));
    if (!result.ok) throw new Error(result.code);
    const meta = await sharp(result.upload.bytes).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([400, 640, undefined]);
  });

  it("keeps a PNG a PNG and a PDF a PDF (rebuilt: clean-upload-pdf.test.ts)", async () => {
    const png = await clean(await samplePng());
    expect(png.ok && png.upload.mediaType).toBe("image/png");
    const pdf = samplePdf({ extraCatalog: "/OpenAction [3 0 R /Fit] /AAPL:Keywords [] " });
    const result = await clean(pdf);
    expect(result.ok && result.upload.mediaType).toBe("application/pdf");
    expect(result.ok && result.upload.bytes.equals(pdf)).toBe(false);
  });
});

describe("cleanUpload: what is refused", () => {
  it("decides the type from the content: a web page, SVG, GIF or WebP is not an allowed document", async () => {
    expect(await codeOf(HTML_PAGE)).toBe("typeNotAllowed");
    expect(await codeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe("typeNotAllowed");
    const gif = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#000" } }).gif().toBuffer();
    expect(await codeOf(gif)).toBe("typeNotAllowed");
    const webp = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#000" } }).webp().toBuffer();
    expect(await codeOf(webp)).toBe("typeNotAllowed");
  });

  it("refuses polyglots: another format after the picture, or markup at the start", async () => {
    const jpeg = await sampleJpeg();
    const png = await samplePng();
    const zip = Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00", "latin1");
    expect(await codeOf(Buffer.concat([jpeg, HTML_PAGE]))).toBe("polyglot");
    expect(await codeOf(Buffer.concat([jpeg, zip]))).toBe("polyglot");
    expect(await codeOf(Buffer.concat([jpeg, samplePdf()]))).toBe("polyglot");
    expect(await codeOf(Buffer.concat([png, HTML_PAGE]))).toBe("polyglot");
    expect(await codeOf(withJpegComment(jpeg, "<html><script>alert(1)</script>"))).toBe("polyglot");
    const pdfPage = Buffer.from(samplePdf().toString("latin1").replace("%\xe2\xe3\xcf\xd3", "%<html><script>alert(1)</script>"), "latin1");
    expect(await codeOf(pdfPage)).toBe("polyglot");
  });

  it("tolerates a camera's own trailer after the picture: re-encoding leaves it behind", async () => {
    const result = await clean(Buffer.concat([await sampleJpeg(), Buffer.from("SEFHvendor-trailer\x00\x00", "latin1")]));
    expect(result.ok).toBe(true);
  });

  it("refuses files over the size limit, and empty ones", async () => {
    const big = Buffer.concat([await sampleJpeg(), Buffer.alloc(UPLOAD_LIMITS.fileBytes)]);
    expect(await codeOf(big)).toBe("tooLarge");
    expect(await codeOf(Buffer.alloc(0))).toBe("missing");
  });

  it("refuses pictures above the pixel limit without decoding them, and pictures too small to read", async () => {
    expect(await codeOf(await pngClaiming(8000, 6000))).toBe("tooManyPixels");
    expect(await codeOf(await pngClaiming(100_000, 100_000))).toBe("tooManyPixels");
    expect(await codeOf(await sampleJpeg({ width: 150, height: 400 }))).toBe("tooSmall");
  });

  it("refuses a damaged picture", async () => {
    const jpeg = await sampleJpeg();
    expect(await codeOf(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe("unreadable");
  });
});
