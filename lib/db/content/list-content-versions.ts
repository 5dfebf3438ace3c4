import "server-only";
// The history of one text, newest first: every published version with who wrote and who
// published it (names of staff accounts, for the staff pages only).
import type { Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "@/lib/content/content-keys";

export interface ContentVersionSummary {
  number: number;
  kind: string;
  /** False when the version put the shipped file back. */
  hasBody: boolean;
  authorName: string | null;
  publisherName: string | null;
  publishedAt: Date;
  note: string | null;
}

export async function listContentVersions(options: { db: Db; key: ContentKey }): Promise<ContentVersionSummary[]> {
  const rows = await options.db.contentVersion.findMany({
    where: { key: contentKeyText(options.key) },
    orderBy: { number: "desc" },
    select: { number: true, kind: true, body: true, authorId: true, publishedBy: true, publishedAt: true, note: true },
  });
  const ids = [...new Set(rows.flatMap((row) => [row.authorId, row.publishedBy]).filter((id): id is number => id !== null))];
  const staff = await options.db.staffAccount.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = (id: number | null) => staff.find((member) => member.id === id)?.name ?? null;
  return rows.map((row) => ({
    number: row.number,
    kind: row.kind,
    hasBody: row.body !== null,
    authorName: nameOf(row.authorId),
    publisherName: nameOf(row.publishedBy),
    publishedAt: row.publishedAt,
    note: row.note,
  }));
}
