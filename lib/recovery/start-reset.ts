import "server-only";
// 登录名重置密码, step 1 (第四步 of the seed: 输入登录名，验证码，检索登录名). It does not look the name up
// at all: whether an account exists shows nowhere, not even in the time the answer takes. The name
// only travels on, sealed, to step 2.
import type { Db } from "@/lib/db";
import { loginNameKey, normaliseLoginName } from "@/lib/accounts/login-names";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { resetLimits } from "./limits";
import { sealResetTicket } from "./reset-ticket";
import type { AccountKind } from "./reset-rules";

export type StartResetResult = { ok: true; ticket: string; loginName: string } | { ok: false; retryAfterSeconds: number };

export async function startReset(options: { db: Db; kind: AccountKind; loginName: string; client: string; now?: Date }): Promise<StartResetResult> {
  const now = options.now ?? new Date();
  const loginName = normaliseLoginName(options.loginName);
  const nameKey = loginNameKey(loginName);
  const wait = await consumeLimits({ db: options.db, limits: resetLimits.search(nameKey, options.client), now });
  if (wait !== null) return { ok: false, retryAfterSeconds: wait };
  return { ok: true, loginName, ticket: sealResetTicket({ kind: options.kind, loginName, nameKey }, now) };
}
