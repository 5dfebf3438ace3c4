// What an appeal form carries between its steps, sealed (lib/crypto/sealed-ticket.ts): for a legal appeal the
// organisations the search found (the page shows them and posts back an index, never an id), once asked for the contact mobile's code challenge, and at last the confirmed details,
// which wait (in an HttpOnly cookie) for the documents.
import { openTicket, sealTicket } from "@/lib/crypto/sealed-ticket";

export const APPEAL_TICKET_TTL_SECONDS = 60 * 60;

export interface AppealTicket {
  kind: "natural" | "legal";
  /** Legal: accounts matching the organisation search, in the order shown. */
  candidates?: number[];
  /** Legal: what was searched and the matches as shown, so the pick step can be shown again. */
  search?: { query: string; matches: { orgName: string; usccTail: string | null; maskedLoginName: string }[] };
  /** Legal: the one picked (index into candidates), or null for "not in the list". */
  picked?: number | null;
  /** The contact mobile and the challenge of the code sent to it. */
  contact?: { mobile: string; challenge: string };
  /**
   * Set once the details and the code were accepted (the code is spent then): what the case will
   * hold. Only the documents are still to come.
   */
  confirmed?: { mobile: string; details: Record<string, string>; pickedAccountId: number | null };
}

const kindOf = (kind: AppealTicket["kind"]) => (kind === "legal" ? "appeal-legal" : "appeal-natural");

export const sealAppealTicket = (ticket: AppealTicket, now?: Date) => sealTicket(kindOf(ticket.kind), ticket, APPEAL_TICKET_TTL_SECONDS, now);
export const openAppealTicket = (kind: AppealTicket["kind"], sealed: string | undefined | null, now?: Date) => openTicket<AppealTicket>(kindOf(kind), sealed, now);
