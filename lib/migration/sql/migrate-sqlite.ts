// The migration on SQLite, through better-sqlite3 directly: Prisma's per-query cost (~0.5 ms)
// would make a million accounts take minutes. Each batch is one IMMEDIATE transaction (decide,
// create accounts, authorise, record), so a crash leaves whole batches only, and another writer
// cannot slip in between the decision and the inserts.
import "server-only";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { sqliteFileOf } from "@/lib/db/migrations/apply";
import { summarise, type MigrationSummary } from "../summary";
import {
  AUTHORISE_ACCOUNTS,
  BATCH_STATS,
  CLEAR_DECISIONS,
  COUNT_OUTCOMES,
  CREATE_ACCOUNTS,
  CREATE_DECISION_TABLE,
  DECIDE_BATCH,
  RECORD_DECISIONS,
  isoNow,
} from "./batch-statements";

interface BatchStats {
  decided: number;
  last_id: number | null;
  to_create: number;
}

export function migrateSqlite(url: string, batchSize: number): MigrationSummary {
  const file = sqliteFileOf(url);
  if (!existsSync(file)) throw new Error(`no database at ${file}: run npm run db:migrate and the imports first`);
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("journal_mode = WAL");
    // NORMAL keeps every committed batch through a killed process; only a power cut may lose the
    // last ones, which a rerun redoes (the migration is idempotent).
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 10000");
    sqlite.pragma("temp_store = MEMORY");
    sqlite.pragma("cache_size = -65536");
    // Every id this connection inserts comes from a join in the same IMMEDIATE transaction, so the
    // foreign-key lookups (~10 % of the run) could only ever succeed; the tests check the links.
    sqlite.pragma("foreign_keys = OFF");
    sqlite.exec(CREATE_DECISION_TABLE);
    const clear = sqlite.prepare(CLEAR_DECISIONS);
    const decide = sqlite.prepare(DECIDE_BATCH);
    const stats = sqlite.prepare(BATCH_STATS);
    const create = sqlite.prepare(CREATE_ACCOUNTS);
    const authorise = sqlite.prepare(AUTHORISE_ACCOUNTS);
    const record = sqlite.prepare(RECORD_DECISIONS);

    const runBatch = sqlite.transaction((after: number): BatchStats => {
      const now = isoNow();
      clear.run();
      decide.run({ after, limit: batchSize });
      const batch = stats.get() as BatchStats;
      if (batch.decided > 0) {
        create.run({ now });
        authorise.run({ now });
        record.run({ now });
      }
      clear.run();
      return batch;
    });

    let after = 0;
    let created = 0;
    for (;;) {
      const batch = runBatch.immediate(after);
      if (batch.decided === 0 || batch.last_id === null) break;
      created += batch.to_create;
      after = batch.last_id;
    }
    return summarise(sqlite.prepare(COUNT_OUTCOMES).all() as { outcome: string; n: number }[], created);
  } finally {
    sqlite.close();
  }
}
