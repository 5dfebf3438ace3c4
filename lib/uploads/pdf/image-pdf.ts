// Writes a new PDF whose pages are pictures and nothing else: a catalogue, a page tree and, per
// page, one JPEG drawn over the whole page. Every byte of structure is written here, so the file
// cannot carry anything this code does not write: no script, action, link, form, attachment,
// outline, metadata or incremental update. Pure: pictures in, bytes out.

export interface ImagePage {
  /** A baseline JPEG in RGB (what the page drawing produces). */
  jpeg: Buffer;
  pixelWidth: number;
  pixelHeight: number;
  /** The size the page prints at, in points (1/72 inch). */
  widthPt: number;
  heightPt: number;
}

const points = (value: number) => (Math.round(value * 100) / 100).toString();

export function buildImagePdf(pages: ImagePage[]): Buffer {
  if (pages.length === 0) throw new Error("buildImagePdf: a PDF needs at least one page");
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0].length;
  const add = (...chunks: Buffer[]) => {
    for (const chunk of chunks) {
      parts.push(chunk);
      length += chunk.length;
    }
  };
  const object = (body: string, stream?: Buffer) => {
    offsets.push(length);
    const number = offsets.length;
    if (!stream) add(Buffer.from(`${number} 0 obj\n${body}\nendobj\n`, "latin1"));
    else add(Buffer.from(`${number} 0 obj\n${body}\nstream\n`, "latin1"), stream, Buffer.from("\nendstream\nendobj\n", "latin1"));
  };
  // Objects 1 and 2 are the catalogue and the page tree; each page then takes three: 3+3i the
  // page, 4+3i its drawing, 5+3i its picture.
  const kids = pages.map((_, i) => `${3 + 3 * i} 0 R`).join(" ");
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((page, i) => {
    const [w, h] = [points(page.widthPt), points(page.heightPt)];
    const drawing = Buffer.from(`q ${w} 0 0 ${h} 0 0 cm /P Do Q\n`, "latin1");
    object(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /P ${5 + 3 * i} 0 R >> >> /Contents ${4 + 3 * i} 0 R >>`);
    object(`<< /Length ${drawing.length} >>`, drawing);
    object(
      `<< /Type /XObject /Subtype /Image /Width ${page.pixelWidth} /Height ${page.pixelHeight} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>`,
      page.jpeg,
    );
  });
  const xrefAt = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  add(Buffer.from(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}
