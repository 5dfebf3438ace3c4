import "server-only";
// The flash cookie of the recovery success pages (lib/recovery/done-flash): set by the action that
// changed the password, read by the page it redirects to.
import { cookies } from "next/headers";
import { type DoneFlash, type DoneFlow, DONE_FLASH_COOKIE, doneFlashCookieOptions, openDoneFlash, sealDoneFlash } from "@/lib/recovery/done-flash";

/** Only in server actions and route handlers (Next refuses cookie writes while rendering). */
export async function setDoneFlash(flash: DoneFlash): Promise<void> {
  (await cookies()).set(DONE_FLASH_COOKIE, sealDoneFlash(flash), doneFlashCookieOptions);
}

export async function readDoneFlash(flow: DoneFlow): Promise<DoneFlash | null> {
  return openDoneFlash((await cookies()).get(DONE_FLASH_COOKIE)?.value, flow);
}
