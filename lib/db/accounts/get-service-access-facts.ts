import "server-only";
import type { Db } from "@/lib/db";

/** The account and its authorisations (revoked ones too: decideServiceAccess refuses them), as decideServiceAccess needs them. */
export async function getServiceAccessFacts(options: { db: Db; accountId: number }) {
  return options.db.platformAccount.findUnique({
    where: { id: options.accountId },
    select: {
      type: true,
      realNameStatus: true,
      uscc: true,
      authorisations: { select: { uscc: true, system: true, validFrom: true, validTo: true, revokedAt: true } },
    },
  });
}
