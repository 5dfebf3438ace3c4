import "server-only";
// For the list of texts: which are published by staff (with version and time) and which have a
// draft (and whether it waits for a second editor), by key.
import type { Db } from "@/lib/db";

export interface ContentState {
  publishedAt: Date | null;
  draftAt: Date | null;
  submitted: boolean;
}

export async function listContentStates(options: { db: Db }): Promise<Map<string, ContentState>> {
  const [live, drafts] = await Promise.all([
    options.db.contentOverride.findMany({ select: { key: true, updatedAt: true } }),
    options.db.contentDraft.findMany({ select: { key: true, updatedAt: true, submittedAt: true } }),
  ]);
  const states = new Map<string, ContentState>();
  const stateOf = (key: string) => states.get(key) ?? { publishedAt: null, draftAt: null, submitted: false };
  for (const row of live) states.set(row.key, { ...stateOf(row.key), publishedAt: row.updatedAt });
  for (const row of drafts) states.set(row.key, { ...stateOf(row.key), draftAt: row.updatedAt, submitted: row.submittedAt !== null });
  return states;
}
