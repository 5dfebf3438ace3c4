import "server-only";
// Registration's one write: the SMS code is used up and the account created in one transaction,
// so a code confirms exactly one account and a refused insert (a name or code taken meanwhile)
// leaves the code usable. The unique keys (loginNameKey, uscc) settle any race between two people.
import type { Db } from "@/lib/db";
import { spendSmsCode } from "@/lib/sms/codes";

export interface RegisteredAccountData {
  type: "natural" | "legal";
  loginName: string;
  loginNameKey: string;
  passwordHash: string;
  reservedMobile: string;
  orgName: string | null;
  uscc: string | null;
}

/** The new account's id, or null when the code was used up meanwhile. Throws Prisma's P2002 on a taken name or USCC. */
export async function createRegisteredAccount(options: { db: Db; challenge: string; data: RegisteredAccountData; now: Date }): Promise<number | null> {
  const { challenge, data, now } = options;
  return options.db.$transaction(async (tx) => {
    if (!(await spendSmsCode({ db: tx, challenge, now }))) return null;
    const account = await tx.platformAccount.create({
      data: { ...data, origin: "registered", passwordChangedAt: now, createdAt: now },
      select: { id: true },
    });
    return account.id;
  });
}
