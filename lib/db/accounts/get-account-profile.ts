import "server-only";
import type { Db } from "@/lib/db";

/** What 我的信息 shows: never the password hash or the sealed ID number. */
export async function getAccountProfile(options: { db: Db; accountId: number }) {
  return options.db.platformAccount.findUnique({
    where: { id: options.accountId },
    select: {
      id: true,
      type: true,
      loginName: true,
      reservedMobile: true,
      realNameStatus: true,
      personName: true,
      orgName: true,
      uscc: true,
      legalRepName: true,
      contactName: true,
      email: true,
      origin: true,
      passwordChangedAt: true,
      weakPasswordAt: true,
      createdAt: true,
    },
  });
}

export type AccountProfile = NonNullable<Awaited<ReturnType<typeof getAccountProfile>>>;
