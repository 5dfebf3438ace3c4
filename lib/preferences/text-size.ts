// The large-text mode (适老化): a preference kept in a cookie so that it holds on every page and
// visit, chosen with a plain form post (works without JavaScript). The root layout puts a class on
// <html>; every size is in rem, so the whole site scales from that one place.
import { z } from "zod";

export const TEXT_SIZE_COOKIE = "text-size";
export const TEXT_SIZES = ["standard", "large"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** A year: a preference, not a secret. */
export const TEXT_SIZE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export const textSizeFormSchema = z.object({ textSize: z.enum(TEXT_SIZES) });

/** Whatever the cookie holds (absent, tampered), the standard size unless it says "large". */
export function textSizeOf(value: string | undefined): TextSize {
  return value === "large" ? "large" : "standard";
}

/** The class the root layout puts on <html>. */
export function textSizeClass(size: TextSize): string | undefined {
  return size === "large" ? "text-large" : undefined;
}
