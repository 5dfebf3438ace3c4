/**
 * A sealed value (lib/crypto/seal: `v1.iv.tag.body`) with one character of its body changed.
 * The change sits a few characters before the end, where every base64url bit counts: changing
 * the last characters instead can land on unused padding bits and decode to the same bytes,
 * which made "refuses a tampered value" tests fail about once in 256 runs.
 */
export function changeOneCharacter(sealed: string): string {
  const at = sealed.length - 4;
  return `${sealed.slice(0, at)}${sealed[at] === "A" ? "B" : "A"}${sealed.slice(at + 1)}`;
}
