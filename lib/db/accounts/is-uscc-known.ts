import "server-only";
import { keyedHash } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";

/**
 * Whether the data already knows a USCC (a Torch enterprise account or a registry entry): a code
 * failing its check character is accepted only then (domain.md §2).
 */
export async function isUsccKnown(options: { db: Db; uscc: string }): Promise<boolean> {
  const torch = await options.db.torchAccount.findUnique({ where: { username: options.uscc }, select: { id: true } });
  if (torch) return true;
  const registry = await options.db.registryEntry.findUnique({
    where: { kind_idHash: { kind: "organisation", idHash: keyedHash(options.uscc) } },
    select: { id: true },
  });
  return registry !== null;
}
