// Real small documents made at test time (unit, integration and e2e tests): pictures drawn by
// sharp, a minimal valid PDF, and the hostile variants the upload checks must catch.
import { createHash, randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import sharp from "sharp";

/** A JPEG photo; with `gps` it carries EXIF with a GPS position (and a camera make). */
export async function sampleJpeg(options: { width?: number; height?: number; gps?: boolean; orientation?: number } = {}): Promise<Buffer> {
  const { width = 640, height = 400 } = options;
  let image = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } }).jpeg({ quality: 80 });
  if (options.gps) {
    image = image.withExif({
      IFD0: { Make: "TestCam", Model: "GPS-1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "39/1 54/1 2700/100", GPSLongitudeRef: "E", GPSLongitude: "116/1 23/1 1700/100" },
    });
  }
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return image.toBuffer();
}

export async function samplePng(options: { width?: number; height?: number } = {}): Promise<Buffer> {
  const { width = 500, height = 300 } = options;
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();
}

export interface SamplePdfOptions {
  /** Raw entries added to the document catalogue. */
  extraCatalog?: string;
  /** One object packed in a compressed object stream (right after the pages). */
  objectStream?: string;
  /** More objects, numbered from 3 + pages on (after the page objects, and the object stream). */
  extraObjects?: string[];
  /** Raw entries added to every page dictionary. */
  extraPage?: string;
  /** The drawing of every page, as a content stream (e.g. `0 0 0 rg 20 20 80 80 re f`). */
  content?: string;
  pages?: number;
  /** Raw entries added to the trailer. */
  extraTrailer?: string;
}

/**
 * A valid PDF, one page of 200 × 200 points by default. Object 1 is the catalogue, 2 the page
 * tree, 3… the pages (so `[3 0 R /Fit]` is the first page), then the object stream, the content
 * stream and the extra objects.
 */
export function samplePdf(options: SamplePdfOptions = {}): Buffer {
  const pageCount = options.pages ?? 1;
  const pageRefs = Array.from({ length: pageCount }, (_, i) => `${3 + i} 0 R`).join(" ");
  const parts: Buffer[] = [Buffer.from("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  const length = () => parts.reduce((sum, part) => sum + part.length, 0);
  const object = (head: string, stream?: Buffer) => {
    offsets.push(length());
    const number = offsets.length;
    if (!stream) parts.push(Buffer.from(`${number} 0 obj\n${head}\nendobj\n`, "latin1"));
    else parts.push(Buffer.from(`${number} 0 obj\n${head}\nstream\n`, "latin1"), stream, Buffer.from("\nendstream\nendobj\n", "latin1"));
  };
  const streamAt = 3 + pageCount;
  const contentAt = streamAt + (options.objectStream !== undefined ? 1 : 0);
  const contents = options.content !== undefined ? `/Contents ${contentAt} 0 R ` : "";
  object(`<< /Type /Catalog /Pages 2 0 R ${options.extraCatalog ?? ""}>>`);
  object(`<< /Type /Pages /Kids [${pageRefs}] /Count ${pageCount} >>`);
  for (let i = 0; i < pageCount; i += 1) object(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] ${contents}${options.extraPage ?? ""}>>`);
  if (options.objectStream !== undefined) {
    const packed = deflateSync(Buffer.from(`${streamAt + 100} 0 ${options.objectStream}`, "latin1"));
    const head = String(streamAt + 100).length + 3;
    object(`<< /Type /ObjStm /N 1 /First ${head} /Filter /FlateDecode /Length ${packed.length} >>`, packed);
  }
  if (options.content !== undefined) {
    const drawing = Buffer.from(options.content, "latin1");
    object(`<< /Length ${drawing.length} >>`, drawing);
  }
  for (const extra of options.extraObjects ?? []) object(extra);
  const xrefAt = length();
  const rows = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(
    Buffer.from(
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R ${options.extraTrailer ?? ""}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
      "latin1",
    ),
  );
  return Buffer.concat(parts);
}

/**
 * A PDF that asks for a password to open (standard security handler, AES-256, revision 5): the
 * user password is `secret`, so opening it without one must fail.
 */
export function passwordProtectedPdf(): Buffer {
  const validationSalt = randomBytes(8);
  const keySalt = randomBytes(8);
  const user = Buffer.concat([createHash("sha256").update(Buffer.concat([Buffer.from("secret"), validationSalt])).digest(), validationSalt, keySalt]);
  const hex = (bytes: Buffer) => `<${bytes.toString("hex")}>`;
  const encrypt = `<< /Filter /Standard /V 5 /R 5 /Length 256 /P -4 /O ${hex(randomBytes(48))} /U ${hex(user)} /OE ${hex(randomBytes(32))} /UE ${hex(randomBytes(32))} /Perms ${hex(randomBytes(16))} /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>`;
  return samplePdf({ extraObjects: [encrypt], extraTrailer: `/Encrypt 4 0 R /ID [${hex(randomBytes(16))} ${hex(randomBytes(16))}] ` });
}

/** A page of Chinese text in a font the file names but does not embed (as iText forms with STSong-Light do). */
export function unembeddedFontPdf(): Buffer {
  const text = Buffer.from("营业执照", "utf16le").swap16().toString("hex");
  return samplePdf({
    content: `BT /F1 36 Tf 10 90 Td <${text}> Tj ET`,
    // Object 4 is the page's drawing; the font objects follow as 5, 6 and 7.
    extraPage: "/Resources << /Font << /F1 5 0 R >> >> ",
    extraObjects: [
      "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
      "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
      "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ],
  });
}

export const HTML_PAGE = Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n");
