import "server-only";
// The unpublished edit of one text, if there is one.
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";

export interface ContentDraftRow {
  body: string;
  updatedBy: number;
  updatedAt: Date;
  submittedAt: Date | null;
  baseVersionId: number | null;
}

export async function getContentDraft(options: { db: Db; key: ContentKey }): Promise<ContentDraftRow | null> {
  return options.db.contentDraft.findUnique({
    where: { key: contentKeyText(options.key) },
    select: { body: true, updatedBy: true, updatedAt: true, submittedAt: true, baseVersionId: true },
  });
}
