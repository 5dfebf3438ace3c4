// One uploaded file → a document safe to store and to show a reviewer, or the reason it is refused.
// The type comes from the content (file-type reads the magic bytes), never from the name or the
// declared type. Pictures are decoded and encoded afresh by sharp: the orientation is baked into
// the pixels and every metadata field (EXIF with GPS, XMP, comments, trailers) is left behind
// (sharp keeps none unless asked with withMetadata/keepExif, which this never does). A PDF is
// drawn page by page into pictures and written anew (lib/uploads/pdf): no script, action, link,
// form or attachment can survive that, however it was hidden, so none is looked for. When clamd is
// configured every file is first scanned as sent.
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { scanUpload } from "./clamav";
import { hasEmbeddedFormatAfter, hasMarkupHead, jpegEndOffset, pngEndOffset } from "./file-structure";
import { buildImagePdf } from "./pdf/image-pdf";
import { rasterisePdf } from "./pdf/rasterise-pdf";
import { UPLOAD_LIMITS, isAllowedMediaType, type AllowedMediaType, type DocumentSlot, type UploadErrorCode } from "./upload-rules";

export interface CleanedUpload {
  slot: DocumentSlot;
  mediaType: AllowedMediaType;
  /** The bytes to store: re-encoded for pictures, rebuilt from page pictures for a PDF. */
  bytes: Buffer;
}

export type CleanUploadResult = { ok: true; upload: CleanedUpload } | { ok: false; code: UploadErrorCode };

const refuse = (code: UploadErrorCode): CleanUploadResult => ({ ok: false, code });

export async function cleanUpload({ slot, bytes }: { slot: DocumentSlot; bytes: Buffer }): Promise<CleanUploadResult> {
  if (bytes.length === 0) return refuse("missing");
  if (bytes.length > UPLOAD_LIMITS.fileBytes) return refuse("tooLarge");
  const scan = await scanUpload(bytes);
  if (scan !== "clean") return refuse(scan);
  const mediaType = (await fileTypeFromBuffer(bytes))?.mime;
  if (!isAllowedMediaType(mediaType)) return refuse("typeNotAllowed");
  if (hasMarkupHead(bytes)) return refuse("polyglot");
  if (mediaType === "application/pdf") return rebuildPdf(slot, bytes);
  return reencodeImage(slot, mediaType, bytes);
}

async function rebuildPdf(slot: DocumentSlot, bytes: Buffer): Promise<CleanUploadResult> {
  const drawn = await rasterisePdf(bytes);
  if (!drawn.ok) return refuse(drawn.code);
  return { ok: true, upload: { slot, mediaType: "application/pdf", bytes: buildImagePdf(drawn.pages) } };
}

async function reencodeImage(slot: DocumentSlot, mediaType: "image/jpeg" | "image/png", bytes: Buffer): Promise<CleanUploadResult> {
  const end = mediaType === "image/jpeg" ? jpegEndOffset(bytes) : pngEndOffset(bytes);
  // Cameras append harmless trailers of their own (re-encoding drops them); another format is refused.
  if (end !== null && hasEmbeddedFormatAfter(bytes, end)) return refuse("polyglot");
  const options = { limitInputPixels: UPLOAD_LIMITS.maxPixels, failOn: "error" } as const;
  try {
    const { width, height } = await sharp(bytes, options).metadata();
    if (!width || !height) return refuse("unreadable");
    if (width * height > UPLOAD_LIMITS.maxPixels) return refuse("tooManyPixels");
    if (Math.min(width, height) < UPLOAD_LIMITS.minSidePixels) return refuse("tooSmall");
    const pipeline = sharp(bytes, options).rotate();
    const cleaned = mediaType === "image/jpeg" ? await pipeline.jpeg({ quality: 88 }).toBuffer() : await pipeline.png().toBuffer();
    return { ok: true, upload: { slot, mediaType, bytes: cleaned } };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) return refuse("tooManyPixels");
    return refuse("unreadable");
  }
}
