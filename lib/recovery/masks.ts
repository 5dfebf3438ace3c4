// Masks for what recovery pages show to someone not yet proven to own the account: enough to
// recognise one's own organisation or number, not enough to learn someone else's. Always four
// stars, so the mask does not tell the length either.
import { maskLoginName, maskMobile } from "@/lib/audit/mask";

export { maskLoginName, maskMobile };

/** `北京红星科技有限公司` → `北京****有限公司`: about 40% hidden, at most two characters in front. */
export function maskOrgName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 2) return "****";
  const hidden = Math.max(1, Math.ceil(chars.length * 0.4));
  const shown = chars.length - hidden;
  const head = Math.min(2, Math.ceil(shown / 2));
  const tail = shown - head;
  return `${chars.slice(0, head).join("")}****${tail > 0 ? chars.slice(-tail).join("") : ""}`;
}

/** `91110108MA01ET88XL` → `9111****88XL`. */
export function maskUscc(uscc: string): string {
  return uscc.length < 10 ? "****" : `${uscc.slice(0, 4)}****${uscc.slice(-4)}`;
}
