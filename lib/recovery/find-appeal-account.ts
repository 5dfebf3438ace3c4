import "server-only";
// Which account an appeal is about, as far as the data can tell (the reviewer decides in the end):
// natural — the account on which the ID number is verified, else one that carries it unverified;
// legal — the legal account of the USCC, else the one picked from the organisation search.
import { keyedHash } from "@/lib/crypto/seal";
import type { DbTransaction, Db } from "@/lib/db";

export async function findNaturalAppealAccount(options: { db: Db | DbTransaction; idNumber: string }): Promise<number | null> {
  const hash = keyedHash(options.idNumber);
  const verified = await options.db.platformAccount.findUnique({ where: { verifiedIdHash: hash }, select: { id: true, type: true } });
  if (verified?.type === "natural") return verified.id;
  const carrying = await options.db.platformAccount.findFirst({ where: { idNumberHash: hash, type: "natural" }, orderBy: { id: "asc" }, select: { id: true } });
  return carrying?.id ?? null;
}

export async function findLegalAppealAccount(options: { db: Db | DbTransaction; uscc: string; pickedAccountId: number | null }): Promise<number | null> {
  const byUscc = await options.db.platformAccount.findUnique({ where: { uscc: options.uscc }, select: { id: true, type: true } });
  if (byUscc?.type === "legal") return byUscc.id;
  if (options.pickedAccountId === null) return null;
  const picked = await options.db.platformAccount.findUnique({ where: { id: options.pickedAccountId }, select: { id: true, type: true } });
  return picked?.type === "legal" ? picked.id : null;
}
