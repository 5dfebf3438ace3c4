import "server-only";
// The text of a content key as the repository ships it (content/<locale>/…/<id>.mdx), and as the
// site serves it: a staff edit stored in ContentOverride wins over the file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cache } from "react";
import { db, type Db } from "@/lib/db";
import { type ContentKey, contentKeyText } from "./content-keys";

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
  const override = await options.db.contentOverride.findUnique({ where: { key: contentKeyText(options.key) }, select: { body: true } });
  return override?.body ?? readShippedContent(options.key);
}

/** The same for the current request, read once per render. */
export const readContentSource = cache(
  (kind: ContentKey["kind"], id: string): Promise<string> => readContentText({ db: db(), key: { kind, id } as ContentKey }),
);
