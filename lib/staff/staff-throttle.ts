import "server-only";
// Throttling of staff logins on the shared RateLimit table. Each attempt is counted BEFORE its
// password or code is checked (parallel guesses cannot slip past while argon2 runs); a success
// forgives the name's (or account's) count, so the limits bound consecutive failures.
import type { Db } from "@/lib/db";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { rateLimitStorageKey } from "@/lib/rate-limit/consume-rate-limit";
import { STAFF_CLIENT_ATTEMPTS, STAFF_NAME_ATTEMPTS, STAFF_THROTTLE_SECONDS, STAFF_TOTP_ATTEMPTS } from "./staff-rules";

export const staffThrottleKeys = {
  name: (nameKey: string) => `staff:login:name:${nameKey}`,
  client: (client: string) => `staff:login:client:${client}`,
  totp: (staffId: number) => `staff:totp:${staffId}`,
};

const durationSeconds = STAFF_THROTTLE_SECONDS;

/** Counts one password attempt for the name and the client; the wait in seconds, or null. */
export function countStaffPasswordAttempt(options: { db: Db; nameKey: string; client: string; now: Date }): Promise<number | null> {
  return consumeLimits({
    db: options.db,
    limits: [
      { key: staffThrottleKeys.name(options.nameKey), points: STAFF_NAME_ATTEMPTS, durationSeconds },
      { key: staffThrottleKeys.client(options.client), points: STAFF_CLIENT_ATTEMPTS, durationSeconds },
    ],
    now: options.now,
  });
}

export function countStaffTotpAttempt(options: { db: Db; staffId: number; now: Date }): Promise<number | null> {
  return consumeLimits({ db: options.db, limits: [{ key: staffThrottleKeys.totp(options.staffId), points: STAFF_TOTP_ATTEMPTS, durationSeconds }], now: options.now });
}

export async function forgiveStaffAttempts(options: { db: Db; key: string }): Promise<void> {
  await options.db.rateLimit.deleteMany({ where: { key: rateLimitStorageKey(options.key) } });
}
