import "server-only";
// The unpublished edit of one text, if there is one, with the name of its last editor.
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";

export interface ContentDraftRow {
  body: string;
  updatedBy: number;
  updatedAt: Date;
  submittedAt: Date | null;
  baseVersionId: number | null;
  /** Null when the staff account is gone. */
  authorName: string | null;
}

export async function getContentDraft(options: { db: Db; key: ContentKey }): Promise<ContentDraftRow | null> {
  const draft = await options.db.contentDraft.findUnique({
    where: { key: contentKeyText(options.key) },
    select: { body: true, updatedBy: true, updatedAt: true, submittedAt: true, baseVersionId: true },
  });
  if (!draft) return null;
  const author = await options.db.staffAccount.findUnique({ where: { id: draft.updatedBy }, select: { name: true } });
  return { ...draft, authorName: author?.name ?? null };
}
