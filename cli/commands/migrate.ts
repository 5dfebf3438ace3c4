// `npm run cli -- migrate [--batch-size <n>]`: migrates every Torch account without a migration
// record (domain.md §4); prints {"outcomes":{…},"created":n,"conflicts":n} (interfaces.md).
// `--batch-size` is an operator's knob (and lets tests kill a run between many small batches).
import { InputError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { DEFAULT_BATCH_SIZE, runMigration } from "@/lib/migration/run-migration";
import type { CliCommand } from "../command";

const USAGE = "migrate [--batch-size <n>]";

function parseArgs(args: string[]): { batchSize: number } {
  let batchSize = DEFAULT_BATCH_SIZE;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const inline = arg.startsWith("--batch-size=") ? arg.slice("--batch-size=".length) : undefined;
    if (arg !== "--batch-size" && inline === undefined) throw new InputError("usage", `unknown argument ${arg}; usage: ${USAGE}`, "args");
    const value = inline ?? args[++i];
    if (value === undefined || !/^[1-9]\d{0,6}$/.test(value)) {
      throw new InputError("batchSize", "--batch-size must be a whole number from 1 to 9999999", "batch-size");
    }
    batchSize = Number(value);
  }
  return { batchSize };
}

export const migrateCommand: CliCommand = {
  summary: "migrate imported Torch accounts onto the platform (idempotent)",
  usage: USAGE,
  async run(args) {
    const { batchSize } = parseArgs(args);
    const summary = await runMigration({ databaseUrl: env().DATABASE_URL, batchSize });
    return { ...summary };
  },
};
