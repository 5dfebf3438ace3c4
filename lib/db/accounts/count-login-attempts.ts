import "server-only";
import type { Db } from "@/lib/db";
import { LOCK_AFTER_FAILURES, type LoginCounters, type ThrottleCounter } from "@/lib/accounts/login-throttle-rules";
import { countLoginAttempt } from "./count-login-attempt";
import type { LoginThrottleKeys } from "./read-login-throttle";

/** Counts one attempt on each of the three login counters, each atomically, before any check. */
export async function countLoginAttempts(options: { db: Db; keys: LoginThrottleKeys; now: Date }): Promise<LoginCounters<ThrottleCounter>> {
  const { db, keys, now } = options;
  return {
    nameAtClient: await countLoginAttempt({ db, key: keys.nameAtClient, lockAfter: LOCK_AFTER_FAILURES.nameAtClient, now }),
    client: await countLoginAttempt({ db, key: keys.client, lockAfter: LOCK_AFTER_FAILURES.client, now }),
    name: await countLoginAttempt({ db, key: keys.name, lockAfter: LOCK_AFTER_FAILURES.name, now }),
  };
}
