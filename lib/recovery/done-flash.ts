// The success pages of 登录名重置密码 and of an appeal's set-password link say "密码已修改" only to
// the browser that just changed the password: the action hands it a short-lived flash, sealed
// (lib/crypto/sealed-ticket) so it can be neither read nor forged; a cold visit has none and is
// sent back to the start of the flow.
import { openTicket, sealTicket } from "@/lib/crypto/sealed-ticket";

export const DONE_FLASH_COOKIE = "__Host-recovery-done";
/** Long enough to read the page and reload it once; too short to bookmark a success. */
export const DONE_FLASH_SECONDS = 600;

export type DoneFlow = "reset" | "set-password";
export type DoneWindow = "natural" | "legal";

export interface DoneFlash {
  flow: DoneFlow;
  window: DoneWindow;
}

export function sealDoneFlash(flash: DoneFlash, now: Date = new Date()): string {
  return sealTicket("recovery-done", flash, DONE_FLASH_SECONDS, now);
}

/** The flash of `flow`, or null when absent, forged, expired or left by the other flow. */
export function openDoneFlash(value: string | undefined, flow: DoneFlow, now: Date = new Date()): DoneFlash | null {
  const flash = openTicket<DoneFlash>("recovery-done", value, now);
  return flash?.flow === flow && (flash.window === "natural" || flash.window === "legal") ? flash : null;
}

/** Cookie attributes (Next's cookie API): host-only, HTTPS-only, not readable by scripts. */
export const doneFlashCookieOptions = { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: DONE_FLASH_SECONDS } as const;
