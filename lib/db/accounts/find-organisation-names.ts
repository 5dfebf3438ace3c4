import "server-only";
import { keyedHash } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";

/**
 * Names of organisations by USCC, for the service entry page: the platform's legal account
 * first, then the identity registry, then the imported Torch account; null when none knows it.
 */
export async function findOrganisationNames(options: { db: Db; usccs: string[] }): Promise<Map<string, string | null>> {
  const { db, usccs } = options;
  const names = new Map<string, string | null>(usccs.map((u) => [u, null]));
  const legal = await db.platformAccount.findMany({ where: { uscc: { in: usccs } }, select: { uscc: true, orgName: true } });
  for (const row of legal) if (row.uscc && row.orgName) names.set(row.uscc, row.orgName);
  for (const uscc of usccs.filter((u) => names.get(u) === null)) {
    const entry = await db.registryEntry.findUnique({
      where: { kind_idHash: { kind: "organisation", idHash: keyedHash(uscc) } },
      select: { name: true },
    });
    const torch = entry ? null : await db.torchAccount.findUnique({ where: { username: uscc }, select: { displayName: true } });
    names.set(uscc, entry?.name ?? torch?.displayName ?? null);
  }
  return names;
}
