// An upload form posts to a route handler (a server action would cap the body at 1 MB), which
// answers with a redirect back to the page. What went wrong travels in a short-lived cookie,
// sealed (lib/crypto/sealed-ticket) so it can be neither read nor forged, and bound to the form it
// belongs to.
import { openTicket, sealTicket } from "@/lib/crypto/sealed-ticket";
import type { DocumentSlot } from "./upload-rules";

export const UPLOAD_FLASH_COOKIE = "__Host-upload-flash";
export const UPLOAD_FLASH_SECONDS = 120;

export interface UploadFlash {
  form: string;
  /** Why the whole post was refused (`tooLarge`, `badRequest`), or null. */
  formError: string | null;
  /** lib/uploads' UploadErrorCode of each refused file. */
  errors: Partial<Record<DocumentSlot, string>>;
}

export function sealUploadFlash(flash: UploadFlash, now: Date = new Date()): string {
  return sealTicket("upload-flash", flash, UPLOAD_FLASH_SECONDS, now);
}

/** The flash for `form`, or null when absent, forged, expired or meant for another form. */
export function openUploadFlash(value: string | undefined, form: string, now: Date = new Date()): UploadFlash | null {
  const flash = openTicket<UploadFlash>("upload-flash", value, now);
  return flash?.form === form ? flash : null;
}

/** Cookie attributes (Next's cookie API): host-only, HTTPS-only, not readable by scripts. */
export const uploadFlashCookieOptions = { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: UPLOAD_FLASH_SECONDS } as const;
