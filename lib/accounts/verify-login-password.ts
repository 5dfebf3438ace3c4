import "server-only";
// Password check at login. Timing must not tell an unknown name from a wrong password, so every
// attempt runs one argon2id verification: against a dummy hash when there is no account, and in
// addition to the check when the stored hash is a fast Torch format (md5:, sha256:). A carried-over
// Torch hash is replaced by argon2id on the first success ("密码不变", upgraded on first login).
import type { Db } from "@/lib/db";
import { checkPasswordPolicy, dummyPasswordHash, hashPassword, isSupportedHashFormat, needsRehash, verifyPassword } from "@/lib/passwords";

export interface LoginAccount {
  weakPasswordAt: Date | null;
  id: number;
  passwordHash: string;
  loginName: string;
  reservedMobile: string | null;
  uscc: string | null;
}

export async function verifyLoginPassword(options: {
  db: Db;
  account: LoginAccount | null;
  password: string;
  now: Date;
}): Promise<{ ok: boolean; upgraded: boolean; weak: boolean }> {
  const { db, account, password } = options;
  const stored = account?.passwordHash ?? "";
  const usable = account !== null && isSupportedHashFormat(stored);
  const ok = usable ? await verifyPassword(stored, password) : false;
  if (!usable || !stored.startsWith("$argon2id$")) await verifyPassword(await dummyPasswordHash(), password);
  if (!account || !ok) return { ok: false, upgraded: false, weak: false };

  let upgraded = false;
  if (needsRehash(stored)) {
    // Conditional on the old hash: a password changed meanwhile is never overwritten.
    const { count } = await db.platformAccount.updateMany({
      where: { id: account.id, passwordHash: stored },
      data: { passwordHash: await hashPassword(password) },
    });
    upgraded = count === 1;
  }
  const policy = checkPasswordPolicy(password, {
    loginName: account.loginName,
    mobile: account.reservedMobile ?? undefined,
    uscc: account.uscc ?? undefined,
  });
  // Remembered so that 我的信息 keeps inviting a change after this page (and on other devices),
  // until a later change of password (passwordNotice compares the two times).
  const weakPasswordAt = policy.ok ? null : options.now;
  if ((account.weakPasswordAt === null) !== (weakPasswordAt === null)) {
    await db.platformAccount.update({ where: { id: account.id }, data: { weakPasswordAt }, select: { id: true } });
  }
  return { ok: true, upgraded, weak: !policy.ok };
}
