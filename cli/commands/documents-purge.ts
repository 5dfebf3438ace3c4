// `npm run cli -- documents:purge [--days N]`: deletes the documents of cases decided more than
// DOCUMENT_RETENTION_DAYS (or N) days ago; run it daily (cron). Prints {"cases":n,"documents":n,"retentionDays":n}.
import { purgeDecidedDocuments } from "@/lib/cases/purge-decided-documents";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { InputError } from "@/lib/errors/app-error";
import type { CliCommand } from "../command";

function retentionDays(args: string[]): number {
  if (args.length === 0) return env().DOCUMENT_RETENTION_DAYS;
  if (args.length === 2 && args[0] === "--days" && /^\d{1,4}$/.test(args[1])) return Number(args[1]);
  throw new InputError("purge.usage", "usage: documents:purge [--days N]", "days");
}

export const documentsPurgeCommand: CliCommand = {
  summary: "delete case documents a retention period after the decision",
  usage: "documents:purge [--days N]",
  async run(args) {
    const days = retentionDays(args);
    const result = await purgeDecidedDocuments({ db: db(), retentionDays: days });
    return { ...result, retentionDays: days };
  },
};
