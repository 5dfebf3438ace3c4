// Shared normalisation of typed identifiers: people paste codes from Word documents and type on
// Chinese input methods, so full-width characters and stray spaces are expected, not errors.

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space → their half-width forms. */
export function toHalfWidth(raw: string): string {
  return raw.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Half-width, without any whitespace at all (codes never contain spaces). */
export function compact(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, "");
}
