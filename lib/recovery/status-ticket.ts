// What the 查询申诉进度 form carries between asking for a code and entering it, sealed (lib/crypto/sealed-ticket.ts).
import { openTicket, sealTicket } from "@/lib/crypto/sealed-ticket";

export interface StatusTicket {
  reference: string;
  mobile: string;
  challenge: string;
  /** The case when reference and mobile matched; otherwise null and the challenge answers nothing. */
  caseId: number | null;
}

export const sealStatusTicket = (ticket: StatusTicket, now?: Date) => sealTicket("status", ticket, 20 * 60, now);
export const openStatusTicket = (sealed: string | undefined | null, now?: Date) => openTicket<StatusTicket>("status", sealed, now);
