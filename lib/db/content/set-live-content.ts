import "server-only";
// Inside a publish or rollback: makes a version the text users see. A version without a body
// (kind revert-to-file) removes the staff text, so the shipped file shows again.
import type { DbTransaction } from "@/lib/db";

export async function setLiveContent(tx: DbTransaction, options: { key: string; body: string | null; versionId: number; staffId: number }): Promise<void> {
  const { key, body, versionId, staffId } = options;
  if (body === null) {
    await tx.contentOverride.deleteMany({ where: { key } });
    return;
  }
  await tx.contentOverride.upsert({
    where: { key },
    create: { key, body, versionId, updatedBy: staffId },
    update: { body, versionId, updatedBy: staffId },
    select: { key: true },
  });
}
