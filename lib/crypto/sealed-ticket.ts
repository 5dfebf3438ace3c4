// Tickets: state the browser carries for us between requests — what a multi-step recovery form
// knows between its steps (which login name, which code challenge, which account matched), or
// what an upload came to on its way back to the form — sealed with AES-256-GCM so the browser can
// hold it (in a hidden field or a cookie) but neither read nor change it. Each ticket names its
// kind, so a ticket of one flow is refused by another, and it expires.
import { openText, sealText } from "./seal";

export type TicketKind = "reset" | "status" | "appeal-natural" | "appeal-legal" | "appeal-flash" | "upload-flash" | "recovery-done";

interface Envelope<T> {
  k: TicketKind;
  exp: number;
  p: T;
}

export function sealTicket<T>(kind: TicketKind, payload: T, ttlSeconds: number, now: Date = new Date()): string {
  const envelope: Envelope<T> = { k: kind, exp: now.getTime() + ttlSeconds * 1000, p: payload };
  return sealText(JSON.stringify(envelope));
}

/** The payload, or null for a forged, tampered, foreign or expired ticket. */
export function openTicket<T>(kind: TicketKind, sealed: string | undefined | null, now: Date = new Date()): T | null {
  if (!sealed || sealed.length > 4000) return null;
  try {
    const envelope = JSON.parse(openText(sealed)) as Envelope<T>;
    if (envelope.k !== kind || typeof envelope.exp !== "number" || envelope.exp <= now.getTime()) return null;
    return envelope.p;
  } catch {
    return null;
  }
}
