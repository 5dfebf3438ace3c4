// Real small documents made at test time (unit, integration and e2e tests): pictures drawn by
// sharp, a minimal valid PDF, and the hostile variants the upload checks must catch.
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

/** A valid one-page PDF; `extraCatalog` adds raw entries to the document catalogue. */
export function samplePdf(options: { extraCatalog?: string; objectStream?: string } = {}): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${options.extraCatalog ?? ""}>>`,
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  const length = () => parts.reduce((sum, part) => sum + part.length, 0);
  objects.forEach((body, index) => {
    offsets.push(length());
    parts.push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, "latin1"));
  });
  if (options.objectStream !== undefined) {
    const packed = deflateSync(Buffer.from(`5 0 ${options.objectStream}`, "latin1"));
    offsets.push(length());
    parts.push(Buffer.from(`4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`, "latin1"), packed, Buffer.from("\nendstream\nendobj\n", "latin1"));
  }
  const xrefAt = length();
  const rows = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(Buffer.from(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

export const HTML_PAGE = Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n");
