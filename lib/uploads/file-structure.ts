// Reading just enough of a picture's structure to find where it really ends and what it hides:
// a JPEG or PNG with a PDF, ZIP or web page appended is two files in one (a polyglot). (PDFs are
// not read here: they are drawn into pictures and rebuilt, lib/uploads/pdf.) Pure functions.

/** Offset just after a JPEG's end-of-image marker, or null where the structure is not followed. */
export function jpegEndOffset(bytes: Buffer): number | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1];
    if (marker === 0xff) i += 1; // fill byte before a marker
    else if (marker === 0xd9) return i + 2;
    else if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) i += 2;
    else {
      if (i + 4 > bytes.length) return null;
      const length = bytes.readUInt16BE(i + 2);
      if (length < 2) return null;
      i += 2 + length;
      if (marker === 0xda) i = skipEntropyCodedData(bytes, i);
    }
  }
  return null;
}

// After a start-of-scan header the compressed data runs until a marker that is neither a stuffed
// 0xFF00, a restart marker nor a fill byte.
function skipEntropyCodedData(bytes: Buffer, from: number): number {
  let i = from;
  while (i + 1 < bytes.length) {
    if (bytes[i] === 0xff) {
      const next = bytes[i + 1];
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2;
      else if (next === 0xff) i += 1;
      else return i;
    } else i += 1;
  }
  return bytes.length;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Offset just after a PNG's IEND chunk, or null where the chunks do not add up. */
export function pngEndOffset(bytes: Buffer): number | null {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(i);
    const type = bytes.toString("latin1", i + 4, i + 8);
    i += 12 + length;
    if (type === "IEND") return i <= bytes.length ? i : null;
  }
  return null;
}

// Signatures of formats that must not ride along behind an image or a PDF, and markup a browser
// might render. Case-insensitive ASCII.
const EMBEDDED_FORMAT = /%pdf-|pk\x03\x04|pk\x05\x06|<html|<script|<!doctype|<svg|<\?php|<\?xml|<iframe|<body|rar!\x1a|7z\xbc\xaf|\xff\xd8\xff|\x89png/i;
const MARKUP = /<script|<html|<!doctype\s+html|<svg|<body|<iframe|<\?php|<object|<embed/i;

/** Data after the end of the file that makes it another kind of file as well. */
export function hasEmbeddedFormatAfter(bytes: Buffer, end: number): boolean {
  if (end >= bytes.length) return false;
  return EMBEDDED_FORMAT.test(bytes.toString("latin1", end));
}

/** Web markup in the first kilobyte: what a browser sniffing the content would render as a page. */
export function hasMarkupHead(bytes: Buffer): boolean {
  return MARKUP.test(bytes.toString("latin1", 0, Math.min(bytes.length, 1024)));
}
