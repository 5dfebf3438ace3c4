// A translated catalogue over the source one: a key the translation lacks shows the zh-CN text
// instead of a raw key (the parity test keeps this from happening in a release).
type Catalogue = { [key: string]: string | Catalogue };

export function withFallback<T extends Catalogue>(translated: Catalogue, source: T): T {
  const out: Catalogue = { ...source };
  for (const [key, value] of Object.entries(translated)) {
    const base = source[key];
    out[key] = typeof value === "object" && typeof base === "object" ? withFallback(value, base) : value;
  }
  return out as T;
}
