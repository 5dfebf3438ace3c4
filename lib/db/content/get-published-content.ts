import "server-only";
// What users see of one text now: the published staff text with its version number, or null while
// the shipped file is shown.
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";

export interface PublishedContent {
  body: string;
  /** Null for a text published before versions were kept. */
  number: number | null;
  updatedAt: Date;
}

export async function getPublishedContent(options: { db: Db; key: ContentKey }): Promise<PublishedContent | null> {
  const row = await options.db.contentOverride.findUnique({ where: { key: contentKeyText(options.key) }, select: { body: true, versionId: true, updatedAt: true } });
  if (!row) return null;
  const version = row.versionId === null ? null : await options.db.contentVersion.findUnique({ where: { id: row.versionId }, select: { number: true } });
  return { body: row.body, number: version?.number ?? null, updatedAt: row.updatedAt };
}
