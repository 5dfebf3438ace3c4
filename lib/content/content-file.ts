import "server-only";
// The text of a content key as the repository ships it (content/<locale>/…/<id>.mdx), and as the
// site serves it: a staff edit stored in ContentOverride wins over the file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cache } from "react";
import { db, type Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "./content-keys";
import { getContentOverride } from "@/lib/db/content/get-content-override";

export const CONTENT_LOCALE = "zh-CN";

export function contentFilePath(key: ContentKey, locale = CONTENT_LOCALE): string {
  return path.join(process.cwd(), "content", locale, key.kind, `${key.id}.mdx`);
}

// Files do not change while the server runs; overrides are read per request (cheap, and an edit
// shows at once on every instance).
const fileCache = new Map<string, Promise<string>>();

export function readShippedContent(key: ContentKey): Promise<string> {
  const file = contentFilePath(key);
  let text = fileCache.get(file);
  if (!text) {
    text = readFile(file, "utf8");
    fileCache.set(file, text);
    text.catch(() => fileCache.delete(file));
  }
  return text;
}

/** The text the site shows now: the staff edit if there is one, else the shipped file. */
export async function readContentText(options: { db: Db; key: ContentKey }): Promise<string> {
  return (await getContentOverride(options))?.body ?? readShippedContent(options.key);
}

// Every staff edit at once, once per request: a page shows up to all 38 texts' titles (checklist,
// outcome list, editor list), and the table holds at most one row per text.
const overridesOfRequest = cache(async (): Promise<Map<string, string>> => {
  const rows = await db().contentOverride.findMany({ select: { key: true, body: true } });
  return new Map(rows.map((row) => [row.key, row.body]));
});

/** The text the site shows now, for the current request. */
export async function readContentSource(kind: ContentKey["kind"], id: string): Promise<string> {
  const key = { kind, id } as ContentKey;
  return (await overridesOfRequest()).get(contentKeyText(key)) ?? readShippedContent(key);
}
