import "server-only";
// One kept version of a text and the version before it (for its diff): null body = the shipped file.
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";

export interface ContentVersionPair {
  version: { number: number; kind: string; body: string | null; publishedAt: Date; note: string | null };
  /** The version before it; null when it is the first (compared with the shipped file). */
  previous: { number: number; body: string | null } | null;
}

export async function getContentVersion(options: { db: Db; key: ContentKey; number: number }): Promise<ContentVersionPair | null> {
  const key = contentKeyText(options.key);
  const version = await options.db.contentVersion.findUnique({
    where: { key_number: { key, number: options.number } },
    select: { number: true, kind: true, body: true, publishedAt: true, note: true },
  });
  if (!version) return null;
  const previous = await options.db.contentVersion.findFirst({
    where: { key, number: { lt: options.number } },
    orderBy: { number: "desc" },
    select: { number: true, body: true },
  });
  return { version, previous };
}
