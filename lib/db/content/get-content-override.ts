import "server-only";
// The staff edit of one text, if there is one.
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";

export async function getContentOverride(options: { db: Db; key: ContentKey }): Promise<{ body: string } | null> {
  return options.db.contentOverride.findUnique({ where: { key: contentKeyText(options.key) }, select: { body: true } });
}
