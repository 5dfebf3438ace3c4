import "server-only";
// Logging in at one of the two windows (issue 5 §2–§3). Unknown names and wrong passwords take
// the same path: both are counted, both run one argon2 verification (against a dummy hash when
// the name is unknown, and in addition to a fast Torch hash), and both get the same answer.
import { accountActor, maskLoginName } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { createSession } from "@/lib/sessions/create-session";
import { countLoginAttempts } from "@/lib/db/accounts/count-login-attempts";
import { readLoginThrottle } from "@/lib/db/accounts/read-login-throttle";
import { settleLoginAttempt } from "@/lib/db/accounts/settle-login-attempt";
import { loginThrottleKeys } from "@/lib/db/accounts/throttle-keys";
import { loginNameKey } from "./login-names";
import { overLimitAfterCounting, throttleState } from "./login-throttle-rules";
import { verifyLoginPassword } from "./verify-login-password";

export type AccountWindow = "natural" | "legal";

export interface LogInOptions {
  db: Db;
  window: AccountWindow;
  loginName: string;
  password: string;
  /** The client's address (or "unknown"); throttled and recorded. */
  client: string;
  /** Called only when a captcha is due; true when the request carried a solved one. */
  checkCaptcha: () => Promise<boolean>;
  now?: Date;
}

export type LogInResult =
  | { kind: "success"; accountId: number; token: string; expiresAt: Date; passwordUpgraded: boolean; passwordWeak: boolean }
  | { kind: "invalidCredentials"; captchaRequired: boolean; retryAfterSeconds: number | null }
  | { kind: "wrongWindow"; window: AccountWindow }
  | { kind: "captchaRequired" }
  | { kind: "locked"; retryAfterSeconds: number };

export async function logIn(options: LogInOptions): Promise<LogInResult> {
  const { db, window, client } = options;
  const now = options.now ?? new Date();
  const key = loginNameKey(options.loginName);
  const keys = loginThrottleKeys(key, client);
  const audit = (result: "success" | "failure", actor: string, reason: string) =>
    recordAuditEvent({ db, type: result === "success" ? "login.success" : "login.failure", actor, client, result, detail: { window, reason }, now });
  const unknownActor = `name:${maskLoginName(key)}`;

  const before = throttleState(await readLoginThrottle({ db, keys }), now);
  if (before.kind === "locked") {
    await audit("failure", unknownActor, "locked");
    return { kind: "locked", retryAfterSeconds: before.retryAfterSeconds };
  }
  if (before.captchaRequired && !(await options.checkCaptcha())) {
    await audit("failure", unknownActor, "captcha");
    return { kind: "captchaRequired" };
  }

  const counted = await countLoginAttempts({ db, keys, now });
  if (overLimitAfterCounting(counted)) {
    await audit("failure", unknownActor, "locked");
    const after = throttleState(counted, now);
    return { kind: "locked", retryAfterSeconds: after.kind === "locked" ? after.retryAfterSeconds : 1 };
  }

  const account = await db.platformAccount.findUnique({
    where: { loginNameKey: key },
    select: { id: true, type: true, passwordHash: true, loginName: true, reservedMobile: true, uscc: true, weakPasswordAt: true },
  });
  const verified = await verifyLoginPassword({ db, account, password: options.password, now });
  if (!account || !verified.ok) {
    await audit("failure", account ? accountActor(account.id) : unknownActor, "credentials");
    const after = throttleState(counted, now);
    return {
      kind: "invalidCredentials",
      // Every lock lies beyond the captcha's threshold, so a lock asks for one too.
      captchaRequired: after.kind === "locked" || after.captchaRequired,
      retryAfterSeconds: after.kind === "locked" ? after.retryAfterSeconds : null,
    };
  }

  await settleLoginAttempt({ db, keys });
  if (account.type !== window) {
    await audit("failure", accountActor(account.id), "wrongWindow");
    return { kind: "wrongWindow", window: account.type === "legal" ? "legal" : "natural" };
  }
  const session = await createSession({ db, accountId: account.id, client, now });
  await audit("success", accountActor(account.id), verified.upgraded ? "upgraded" : "ok");
  return {
    kind: "success",
    accountId: account.id,
    token: session.token,
    expiresAt: session.expiresAt,
    passwordUpgraded: verified.upgraded,
    passwordWeak: verified.weak,
  };
}
