import "server-only";
// The two cookies of an appeal's last step, which posts the documents to a route handler (the body
// is read with a cap there, not by the server-action machinery): the confirmed details waiting for
// the documents, and a one-time "flash" telling the page what the upload came to. Both sealed,
// HttpOnly, host-only (__Host-), short-lived.
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { openTicket, sealTicket } from "@/lib/crypto/sealed-ticket";
import { openAppealTicket, sealAppealTicket, type AppealTicket } from "@/lib/recovery/appeal-ticket";
import type { UploadErrorCode } from "@/lib/uploads/upload-rules";

const TICKET_COOKIE = "__Host-appeal";
const FLASH_COOKIE = "__Host-appeal-flash";
const base = { httpOnly: true, secure: true, sameSite: "lax" as const, path: "/" };

export async function setConfirmedAppeal(ticket: AppealTicket): Promise<void> {
  (await cookies()).set(TICKET_COOKIE, sealAppealTicket(ticket), { ...base, maxAge: 60 * 60 });
}

export async function readConfirmedAppeal(kind: AppealTicket["kind"]): Promise<(AppealTicket & { confirmed: NonNullable<AppealTicket["confirmed"]> }) | null> {
  const ticket = openAppealTicket(kind, (await cookies()).get(TICKET_COOKIE)?.value);
  return ticket?.confirmed ? { ...ticket, confirmed: ticket.confirmed } : null;
}

export async function clearConfirmedAppeal(): Promise<void> {
  (await cookies()).set(TICKET_COOKIE, "", { ...base, maxAge: 0 });
}

export type AppealFlash = {
  nonce: string;
  kind: AppealTicket["kind"];
} & (
  | { outcome: "submitted"; reference: string }
  | { outcome: "fileErrors"; fileErrors: Record<string, UploadErrorCode> }
  | { outcome: "wait"; retryAfterSeconds: number }
  | { outcome: "tooLarge" | "badRequest" | "expired" }
);

type FlashBody = AppealFlash extends infer F ? (F extends AppealFlash ? Omit<F, "nonce"> : never) : never;

/** Stores the outcome and returns the nonce the redirect carries (?upload=<nonce>). */
export async function setAppealFlash(flash: FlashBody): Promise<string> {
  const nonce = randomBytes(9).toString("base64url");
  (await cookies()).set(FLASH_COOKIE, sealTicket("appeal-flash", { ...flash, nonce }, 600), { ...base, maxAge: 600 });
  return nonce;
}

/** The outcome for this page and nonce only; a bookmarked URL or another tab's nonce gets null. */
export async function readAppealFlash(kind: AppealTicket["kind"], nonce: string | undefined): Promise<AppealFlash | null> {
  if (!nonce) return null;
  const flash = openTicket<AppealFlash>("appeal-flash", (await cookies()).get(FLASH_COOKIE)?.value);
  return flash && flash.nonce === nonce && flash.kind === kind ? flash : null;
}
