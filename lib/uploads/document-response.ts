// How a stored document is sent back to a browser (owner or reviewer): never rendered as a page
// of this site. nosniff stops content sniffing, the CSP sandbox stops anything in it from running
// or reaching the site, nothing may frame it, PDFs download instead of opening inline, nothing is
// cached or indexed.
import type { AllowedMediaType } from "./upload-rules";

const EXTENSIONS: Record<AllowedMediaType, string> = { "image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf" };

/** `namePrefix` (e.g. the case reference a reviewer downloads from) goes in front of the slot in the file name. */
export function documentResponseHeaders(mediaType: string, slot: string, namePrefix?: string): Record<string, string> {
  const known = mediaType in EXTENSIONS ? (mediaType as AllowedMediaType) : null;
  const safeSlot = /^[a-z-]{1,40}$/.test(slot) ? slot : "document";
  const prefix = namePrefix && /^[A-Za-z0-9-]{1,40}$/.test(namePrefix) ? `${namePrefix}-` : "";
  const disposition = known && known.startsWith("image/") ? "inline" : "attachment";
  return {
    "Content-Type": known ?? "application/octet-stream",
    "Content-Disposition": `${disposition}; filename="${prefix}${safeSlot}.${known ? EXTENSIONS[known] : "bin"}"`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
  };
}
