// The `migrate` summary (interfaces.md): {"outcomes":{"E-R1":n,…},"created":n,"conflicts":n}.
// Decision: `outcomes` and `conflicts` count every migration record in the database, not only this
// run's, so a rerun (which migrates nothing) still reports where every Torch account stands;
// `created` counts the platform accounts this run created, so a rerun reports 0 (idempotence).
import { MIGRATION_OUTCOME_CODES, type MigrationOutcomeCode } from "./outcomes";

export interface MigrationSummary {
  outcomes: Record<MigrationOutcomeCode, number>;
  created: number;
  conflicts: number;
}

export function summarise(counts: Iterable<{ outcome: string; n: number | string | bigint }>, created: number): MigrationSummary {
  const outcomes = Object.fromEntries(MIGRATION_OUTCOME_CODES.map((code) => [code, 0])) as Record<MigrationOutcomeCode, number>;
  for (const { outcome, n } of counts) {
    if (!(MIGRATION_OUTCOME_CODES as readonly string[]).includes(outcome)) throw new Error(`unknown outcome in MigrationRecord: ${outcome}`);
    outcomes[outcome as MigrationOutcomeCode] = Number(n);
  }
  return { outcomes, created, conflicts: outcomes.CONFLICT };
}
