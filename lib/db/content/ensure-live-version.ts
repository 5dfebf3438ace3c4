import "server-only";
// Inside a publish or rollback: makes sure the text users see now is itself a kept version, so the
// history never loses it. A staff text stored before versions were kept becomes a version of its
// own (its editor and time as recorded) the first time the text changes again.
import type { DbTransaction } from "@/lib/db";

export interface LiveVersion {
  /** The live text; null while the shipped file is shown. */
  body: string | null;
  /** The highest version number of the key so far (0 when none). */
  lastNumber: number;
}

export async function ensureLiveVersion(tx: DbTransaction, key: string): Promise<LiveVersion> {
  const [live, last] = await Promise.all([
    tx.contentOverride.findUnique({ where: { key }, select: { body: true, versionId: true, updatedBy: true, updatedAt: true } }),
    tx.contentVersion.findFirst({ where: { key }, orderBy: { number: "desc" }, select: { number: true } }),
  ]);
  let lastNumber = last?.number ?? 0;
  if (live && live.versionId === null) {
    lastNumber += 1;
    const version = await tx.contentVersion.create({
      data: { key, number: lastNumber, body: live.body, kind: "edit", authorId: live.updatedBy, publishedBy: live.updatedBy, publishedAt: live.updatedAt },
      select: { id: true },
    });
    await tx.contentOverride.update({ where: { key }, data: { versionId: version.id }, select: { key: true } });
  }
  return { body: live?.body ?? null, lastNumber };
}
