import "server-only";
// The current password, asked before a password or mobile change (issue 5 §4). Only someone who
// holds the account's session reaches this check, so its guesses are counted on the account's own
// counter — 10 per 30 minutes, whatever address they come from (a stolen session behind many
// proxies gets no more) — and not on the login counters: failed logins by others at the same
// office address must not stop the owner changing a password, and this check must not pause logins.
import type { Db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { countLoginAttempt } from "@/lib/db/accounts/count-login-attempt";
import { keyedHash } from "@/lib/crypto/seal";
import { secondsUntil } from "@/lib/rate-limit/window-rules";
import { NAME_LOCK_AFTER_FAILURES } from "./login-throttle-rules";

export type CurrentPasswordCheck =
  | { kind: "ok"; account: { loginName: string; reservedMobile: string | null; uscc: string | null } }
  | { kind: "wrong" }
  | { kind: "locked"; retryAfterSeconds: number };

/** Wrong current passwords that pause the account's changes for 30 minutes. */
export const CURRENT_PASSWORD_LOCK_AFTER_FAILURES = NAME_LOCK_AFTER_FAILURES;

export async function checkCurrentPassword(options: {
  db: Db;
  accountId: number;
  password: string;
  now: Date;
}): Promise<CurrentPasswordCheck> {
  const { db, now } = options;
  const account = await db.platformAccount.findUniqueOrThrow({
    where: { id: options.accountId },
    select: { loginName: true, passwordHash: true, reservedMobile: true, uscc: true },
  });
  const key = `current-password:${keyedHash(`account:${options.accountId}`)}`;
  // Counted before the slow hash, as the login does, so parallel guesses cannot slip past.
  const counted = await countLoginAttempt({ db, key, lockAfter: CURRENT_PASSWORD_LOCK_AFTER_FAILURES, now });
  if (counted.failures > CURRENT_PASSWORD_LOCK_AFTER_FAILURES) {
    return { kind: "locked", retryAfterSeconds: secondsUntil(counted.expiresAt, now) };
  }
  if (!(await verifyPassword(account.passwordHash, options.password))) return { kind: "wrong" };
  await db.rateLimit.deleteMany({ where: { key } });
  return { kind: "ok", account: { loginName: account.loginName, reservedMobile: account.reservedMobile, uscc: account.uscc } };
}
