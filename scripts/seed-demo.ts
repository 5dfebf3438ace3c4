// `npm run seed:demo`: the demo data for every lookup outcome (tests/fixtures/demo/README.md lists
// what to type for each) into DATABASE_URL, used by `npm run demo` and the e2e web server.
// It goes the way an operator's data goes — the CSV importers, then the migration — so the demo
// shows the real path. Idempotent: the importers count known rows as unchanged and the migration
// only handles Torch accounts without a record, so a second run changes nothing.
import path from "node:path";
import { db } from "../lib/db";
import { env } from "../lib/env";
import { importPlatformAccounts } from "../lib/importers/import-platform-accounts";
import { importRegistryEntries } from "../lib/importers/import-registry-entries";
import { importTorchAccounts } from "../lib/importers/import-torch-accounts";
import type { ImportSummary } from "../lib/importers/import-summary";
import { runMigration } from "../lib/migration/run-migration";

const DEMO_DIR = path.join(process.cwd(), "tests", "fixtures", "demo");

function counted(summary: ImportSummary, file: string) {
  // The fixtures are ours: a refused row is a bug in them, not something to skip quietly.
  if (summary.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(summary.errors)}`);
  return { imported: summary.imported, unchanged: summary.unchanged };
}

async function seedDemo() {
  const client = db();
  const file = (name: string) => path.join(DEMO_DIR, name);
  // Platform accounts first: the migration decides against the accounts already there.
  const platform = counted(await importPlatformAccounts({ db: client, file: file("platform-accounts.csv") }), "platform-accounts.csv");
  const registry = counted(await importRegistryEntries({ db: client, file: file("registry.csv") }), "registry.csv");
  const torch = counted(await importTorchAccounts({ db: client, file: file("torch-accounts.csv") }), "torch-accounts.csv");
  const migration = await runMigration({ databaseUrl: env().DATABASE_URL });
  await client.$disconnect();
  return { seeded: true, platform, registry, torch, migration };
}

seedDemo().then(
  (summary) => console.log(JSON.stringify(summary)),
  (error: unknown) => {
    console.error(`seed:demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
