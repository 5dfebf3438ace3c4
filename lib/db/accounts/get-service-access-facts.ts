import "server-only";
import type { Db } from "@/lib/db";

/** The account and its authorisations (revoked ones too: decideServiceAccess refuses them), as decideServiceAccess needs them (and its login name, for 服务事项). */
export async function getServiceAccessFacts(options: { db: Db; accountId: number }) {
  return options.db.platformAccount.findUnique({
    where: { id: options.accountId },
    select: {
      type: true,
      loginName: true,
      realNameStatus: true,
      uscc: true,
      authorisations: { select: { uscc: true, system: true, validFrom: true, validTo: true, revokedAt: true } },
    },
  });
}
