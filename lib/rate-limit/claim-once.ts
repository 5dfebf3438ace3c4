import "server-only";
// Remembers that a single-use token (a solved captcha, for instance) was spent, until it would
// have expired anyway. The first claim inserts the row; every later one hits the primary key.
// Spent tokens of the past are cleared lazily: a claim of an expired key takes the row over.
import { createHash } from "node:crypto";
import { db as sharedDb, type Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/accounts/unique-violation";

export interface ClaimOnceOptions {
  db?: Db;
  /** Key prefix naming the kind of token, e.g. `captcha:`. */
  prefix: string;
  /** The token itself (hashed before it is stored). */
  token: string;
  expiresAt: Date;
  now?: Date;
}

/** True for the first claim of a token, false for every later one. */
export async function claimOnce(options: ClaimOnceOptions): Promise<boolean> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  const key = `${options.prefix}${createHash("sha256").update(options.token).digest("base64url")}`;
  try {
    await db.rateLimit.create({ data: { key, points: 1, expiresAt: options.expiresAt }, select: { key: true } });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // A row for a token that has since expired is stale (the token is refused by its own expiry
  // check anyway); taking it over keeps the answer correct without a sweeper.
  const taken = await db.rateLimit.updateMany({
    where: { key, expiresAt: { lte: now } },
    data: { expiresAt: options.expiresAt },
  });
  return taken.count === 1;
}
