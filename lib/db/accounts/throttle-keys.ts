import "server-only";
// RateLimit keys of the login throttle. Login names are often mobiles or USCCs and clients are
// addresses, so the stored key is a keyed hash (as lib/rate-limit does): no personal data in plain
// text in the table, yet every app instance derives the same key.
import { keyedHash } from "@/lib/crypto/seal";
import { clientThrottleKey, nameAtClientThrottleKey, nameThrottleKey } from "@/lib/accounts/login-throttle-rules";
import type { LoginThrottleKeys } from "./read-login-throttle";

export function loginThrottleKeys(loginNameKey: string, client: string): LoginThrottleKeys {
  return {
    nameAtClient: `login:name-at-client:${keyedHash(nameAtClientThrottleKey(loginNameKey, client))}`,
    client: `login:client:${keyedHash(clientThrottleKey(client))}`,
    name: `login:name:${keyedHash(nameThrottleKey(loginNameKey))}`,
  };
}
