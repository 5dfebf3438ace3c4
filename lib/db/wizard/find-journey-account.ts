import "server-only";
// Which platform account a journey is about. A journey that already found one keeps it; a Torch
// outcome (E-R*, P-R*) has it in its migration record; an enterprise without one (E-U*) has the
// legal account of its USCC; a person without one (P-U*) the natural account named after, or
// reserving, the mobile. None yet (E-U1 and P-U1 before registering, CONFLICT): null.
import type { Db } from "@/lib/db";
import type { JourneyState } from "@/lib/wizard/journey-state";

export const journeyAccountSelect = {
  id: true,
  type: true,
  uscc: true,
  reservedMobile: true,
  realNameStatus: true,
  passwordChangedAt: true,
} as const;

export interface JourneyAccount {
  id: number;
  type: string;
  uscc: string | null;
  reservedMobile: string | null;
  realNameStatus: string;
  passwordChangedAt: Date | null;
}

export async function findJourneyAccount(options: { db: Db; state: JourneyState; accountId: number | null }): Promise<JourneyAccount | null> {
  const { db, state } = options;
  if (options.accountId !== null) {
    const kept = await db.platformAccount.findUnique({ where: { id: options.accountId }, select: journeyAccountSelect });
    if (kept) return kept;
  }
  if (state.outcome === "CONFLICT") return null;
  if (/^[EP]-R/.test(state.outcome)) {
    const torch = await db.torchAccount.findFirst({
      where: { username: state.identifier, kind: state.kind },
      select: { migration: { select: { platformAccount: { select: journeyAccountSelect } } } },
    });
    return torch?.migration?.platformAccount ?? null;
  }
  if (state.kind === "enterprise") {
    return db.platformAccount.findFirst({ where: { type: "legal", uscc: state.identifier }, select: journeyAccountSelect });
  }
  return db.platformAccount.findFirst({
    where: { type: "natural", OR: [{ loginNameKey: state.identifier.toLowerCase() }, { reservedMobile: state.identifier }] },
    orderBy: { id: "asc" },
    select: journeyAccountSelect,
  });
}
