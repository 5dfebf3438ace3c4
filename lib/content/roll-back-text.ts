import "server-only";
// Rolls a text back to a kept version or to the shipped file, after the publish gate has passed
// that text as it would today (the flow or the site's pages may have changed since it was live).
import type { Db } from "@/lib/db";
import { getContentVersion } from "@/lib/db/content/get-content-version";
import { rollBackContent } from "@/lib/db/content/roll-back-content";
import { checkContent } from "./check-content";
import type { GateRenderer } from "./check-renderings";
import { readShippedContent } from "./content-file";
import type { ContentKey } from "./content-keys";
import { fieldsFromSource } from "./content-fields";
import type { ContentProblem } from "./content-problems";
import { ContentPublishError } from "./content-publish-error";

export type RollBackResult = { status: "refused"; problems: ContentProblem[] } | { status: "done"; number: number };

export interface RollBackTextOptions {
  db: Db;
  key: ContentKey;
  toNumber: number | null;
  staffId: number;
  client?: string | null;
  /** Draws the pages the gate renders the text on (components/staff-content/gate-renderer). */
  renderer: GateRenderer;
}

export async function rollBackText(options: RollBackTextOptions): Promise<RollBackResult> {
  const { db, key, toNumber } = options;
  let source = await readShippedContent(key);
  if (toNumber !== null) {
    const found = await getContentVersion({ db, key, number: toNumber });
    if (!found) throw new ContentPublishError("content.versionNotFound");
    source = found.version.body ?? source;
  }
  const { errors, warnings } = await checkContent(key, fieldsFromSource(key, source), options.renderer);
  if (errors.length + warnings.length > 0) return { status: "refused", problems: [...errors, ...warnings] };
  return { status: "done", ...(await rollBackContent(options)) };
}
