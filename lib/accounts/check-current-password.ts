import "server-only";
// The current password, asked before a password or mobile change (issue 5 §4). Guesses here are
// counted on the same counters as logins (the name at this client, the client, the name's total),
// so a borrowed session cannot be used to try passwords without limit: 10 per address, and the
// name's ceiling across addresses.
import type { Db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { countLoginAttempts } from "@/lib/db/accounts/count-login-attempts";
import { readLoginThrottle } from "@/lib/db/accounts/read-login-throttle";
import { settleLoginAttempt } from "@/lib/db/accounts/settle-login-attempt";
import { loginThrottleKeys } from "@/lib/db/accounts/throttle-keys";
import { overLimitAfterCounting, throttleState } from "./login-throttle-rules";

export type CurrentPasswordCheck =
  | { kind: "ok"; account: { loginName: string; reservedMobile: string | null; uscc: string | null } }
  | { kind: "wrong" }
  | { kind: "locked"; retryAfterSeconds: number };

export async function checkCurrentPassword(options: {
  db: Db;
  accountId: number;
  password: string;
  client: string;
  now: Date;
}): Promise<CurrentPasswordCheck> {
  const { db, now } = options;
  const account = await db.platformAccount.findUniqueOrThrow({
    where: { id: options.accountId },
    select: { loginName: true, loginNameKey: true, passwordHash: true, reservedMobile: true, uscc: true },
  });
  const keys = loginThrottleKeys(account.loginNameKey, options.client);
  const before = throttleState(await readLoginThrottle({ db, keys }), now);
  if (before.kind === "locked") return before;
  const counted = await countLoginAttempts({ db, keys, now });
  if (overLimitAfterCounting(counted)) {
    const after = throttleState(counted, now);
    return { kind: "locked", retryAfterSeconds: after.kind === "locked" ? after.retryAfterSeconds : 1 };
  }
  if (!(await verifyPassword(account.passwordHash, options.password))) return { kind: "wrong" };
  await settleLoginAttempt({ db, keys });
  return { kind: "ok", account: { loginName: account.loginName, reservedMobile: account.reservedMobile, uscc: account.uscc } };
}
