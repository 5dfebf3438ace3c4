import "server-only";
// The text of a content key as the repository ships it (content/<locale>/…/<id>.mdx), and as the
// site serves it: in zh-CN a text staff published (ContentOverride) wins over the file. Staff edit
// the Chinese text; other languages show their shipped translation (kept in step with the zh-CN
// files by lib/i18n/content-parity.test.ts), or the Chinese text where a translation is missing.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cache } from "react";
import { db, type Db } from "@/lib/db";
import { getContentOverride } from "@/lib/db/content/get-content-override";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { currentLocale } from "@/lib/i18n/current-locale";
import { type ContentKey, contentKeyText } from "./content-keys";

/** The language staff edit and the shipped files are written in first. */
export const CONTENT_LOCALE: Locale = defaultLocale;

export function contentFilePath(key: ContentKey, locale: Locale = CONTENT_LOCALE): string {
  return path.join(process.cwd(), "content", locale, key.kind, `${key.id}.mdx`);
}

// Files do not change while the server runs; overrides are read per request (cheap, and an edit
// shows at once on every instance).
const fileCache = new Map<string, Promise<string>>();

export function readShippedContent(key: ContentKey, locale: Locale = CONTENT_LOCALE): Promise<string> {
  const file = contentFilePath(key, locale);
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

/** The text the site shows now, for the current request and its language. */
export async function readContentSource(kind: ContentKey["kind"], id: string): Promise<string> {
  const key = { kind, id } as ContentKey;
  const locale = await currentLocale();
  if (locale !== CONTENT_LOCALE) {
    const translated = await readShippedContent(key, locale).catch(() => null);
    if (translated !== null) return translated;
  }
  return (await overridesOfRequest()).get(contentKeyText(key)) ?? readShippedContent(key);
}
