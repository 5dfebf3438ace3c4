import "server-only";
// Everything the staff pages of one text show about it: its title, what users see now (the
// shipped file or a published version) and the draft, if any.
import type { Db } from "@/lib/db";
import { type ContentDraftRow, getContentDraft } from "@/lib/db/content/get-content-draft";
import { getPublishedContent, type PublishedContent } from "@/lib/db/content/get-published-content";
import { readShippedContent } from "./content-file";
import type { ContentKey } from "./content-keys";
import { loadContentTitle } from "./load-content-title";

export interface EditableText {
  title: string;
  shipped: string;
  published: PublishedContent | null;
  /** The text users see now. */
  live: string;
  draft: ContentDraftRow | null;
}

export async function loadEditableText(options: { db: Db; key: ContentKey }): Promise<EditableText> {
  const [title, shipped, published, draft] = await Promise.all([
    loadContentTitle(options.key),
    readShippedContent(options.key),
    getPublishedContent(options),
    getContentDraft(options),
  ]);
  return { title, shipped, published, live: published?.body ?? shipped, draft };
}
