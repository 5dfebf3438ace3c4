// The migration on PostgreSQL through pg: the same statements as on SQLite, each batch one
// transaction. An advisory lock per batch keeps two concurrent runs from deciding the same
// accounts; the second simply finds them recorded.
import "server-only";
import pg from "pg";
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
  bindPostgres,
  isoNow,
} from "./batch-statements";

// Any constant; it only has to be the same for every process running the migration.
const MIGRATION_LOCK_ID = 72_410_222;

interface BatchStats {
  decided: string;
  last_id: number | null;
  to_create: string;
}

export async function migratePostgres(url: string, batchSize: number): Promise<MigrationSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = (sql: string, params: Record<string, unknown> = {}) => {
    const { text, values } = bindPostgres(sql, params);
    return client.query(text, values);
  };
  try {
    await run(CREATE_DECISION_TABLE);
    let after = 0;
    let created = 0;
    for (;;) {
      const now = isoNow();
      await client.query("BEGIN");
      let batch: BatchStats;
      try {
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_ID]);
        await run(CLEAR_DECISIONS);
        await run(DECIDE_BATCH, { after, limit: batchSize });
        batch = (await run(BATCH_STATS)).rows[0] as BatchStats;
        if (Number(batch.decided) > 0) {
          await run(CREATE_ACCOUNTS, { now });
          await run(AUTHORISE_ACCOUNTS, { now });
          await run(RECORD_DECISIONS, { now });
        }
        await run(CLEAR_DECISIONS);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      if (Number(batch.decided) === 0 || batch.last_id === null) break;
      created += Number(batch.to_create);
      after = batch.last_id;
    }
    const counts = await run(COUNT_OUTCOMES);
    return summarise(counts.rows as { outcome: string; n: string }[], created);
  } finally {
    await client.end();
  }
}
