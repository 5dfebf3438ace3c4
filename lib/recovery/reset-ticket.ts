// What the 登录名重置密码 form carries between its steps, sealed (lib/crypto/sealed-ticket.ts).
import type { AccountKind } from "./reset-rules";
import { openTicket, sealTicket } from "@/lib/crypto/sealed-ticket";

export const RESET_TICKET_TTL_SECONDS = 20 * 60;

export interface ResetTicket {
  kind: AccountKind;
  /** As typed (normalised), for the pages; `nameKey` is what is compared. */
  loginName: string;
  nameKey: string;
  /** Set once a code was asked for: the details typed, and the code's challenge. */
  sent?: {
    mobile: string;
    orgName: string | null;
    uscc: string | null;
    challenge: string;
    /** The account the details matched, or null: then the challenge is a random one nothing answers. */
    accountId: number | null;
  };
}

export const sealResetTicket = (ticket: ResetTicket, now?: Date) => sealTicket("reset", ticket, RESET_TICKET_TTL_SECONDS, now);
export const openResetTicket = (sealed: string | undefined | null, now?: Date) => openTicket<ResetTicket>("reset", sealed, now);
