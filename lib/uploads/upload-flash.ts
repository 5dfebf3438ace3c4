// An upload form posts to a route handler (a server action would cap the body at 1 MB), which
// answers with a redirect back to the page. What went wrong travels in a short-lived cookie,
// sealed (AES-256-GCM) so it can be neither read nor forged, and bound to the form it belongs to.
import { z } from "zod";
import { openText, sealText } from "@/lib/crypto/seal";
import { DOCUMENT_SLOTS } from "./upload-rules";

export const UPLOAD_FLASH_COOKIE = "__Host-upload-flash";
export const UPLOAD_FLASH_SECONDS = 120;

const flashSchema = z.object({
  form: z.string().max(60),
  expiresAt: z.number(),
  formError: z.string().max(60).nullable(),
  errors: z.partialRecord(z.enum(DOCUMENT_SLOTS), z.string().max(60)),
  values: z.record(z.string(), z.string().max(500)).optional(),
});

export type UploadFlash = Omit<z.infer<typeof flashSchema>, "expiresAt">;

export function sealUploadFlash(flash: UploadFlash, now: Date = new Date()): string {
  return sealText(JSON.stringify({ ...flash, expiresAt: now.getTime() + UPLOAD_FLASH_SECONDS * 1000 }));
}

/** The flash for `form`, or null when absent, forged, expired or meant for another form. */
export function openUploadFlash(value: string | undefined, form: string, now: Date = new Date()): UploadFlash | null {
  if (!value) return null;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(openText(value)));
    if (!parsed.success || parsed.data.form !== form || parsed.data.expiresAt < now.getTime()) return null;
    const { expiresAt: _expired, ...flash } = parsed.data;
    return flash;
  } catch {
    return null;
  }
}

/** Cookie attributes (Next's cookie API): host-only, HTTPS-only, not readable by scripts. */
export const uploadFlashCookieOptions = { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: UPLOAD_FLASH_SECONDS } as const;
